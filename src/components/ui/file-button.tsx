import { buttonClass, type ButtonSize } from './button'

// 导入文件 and the like: the file input is hidden inside its label, which shows as a button and takes the focus ring.
// The input is cleared after each choice, so choosing the same file again (after fixing it) is read again.

type Props = { label: string; accept: string; size?: ButtonSize; onFile: (file: File) => void }

export function FileButton({ label, accept, size = 'md', onFile }: Props) {
  return (
    <label
      className={buttonClass(
        'primary',
        size,
        'cursor-pointer focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-red-700',
      )}
    >
      {label}
      <input
        type="file"
        accept={accept}
        className="sr-only"
        onChange={(e) => {
          const file = e.target.files?.[0]
          e.target.value = ''
          if (file) onFile(file)
        }}
      />
    </label>
  )
}
