import { useState } from 'react'
import { TermText } from '@/components/term-text'
import type { ReportParagraph } from '@/data/dataset/report-text'
import { splitAtQuote, type PassageItem } from '@/data/select/select-passage'
import { zhPassage } from '@/i18n/zh-passage'
import { buttonClass } from '@/components/ui/button'

type Props = { item: PassageItem; paragraphs: readonly ReportParagraph[]; home: number }

// One paragraph at a time: the quote's own, with 上一段/下一段 to read around it.
export function PassageReader({ item, paragraphs, home }: Props) {
  const [index, setIndex] = useState(home)
  const paragraph = paragraphs[index]
  if (!paragraph) return null
  const parts = index === home ? splitAtQuote(paragraph.text, item.quote, item.written) : undefined
  return (
    <div className="space-y-4 px-5 py-4">
      <p className="text-sm text-slate-600">
        <TermText text={item.name} />
      </p>
      {/* Above the paragraph, so the buttons stay put while paragraphs of different lengths go by. */}
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <StepButton
          label={zhPassage.previous}
          disabled={index === 0}
          onClick={() => {
            setIndex(index - 1)
          }}
        />
        <StepButton
          label={zhPassage.next}
          disabled={index === paragraphs.length - 1}
          onClick={() => {
            setIndex(index + 1)
          }}
        />
        {index !== home && (
          <StepButton
            label={zhPassage.backToQuote}
            onClick={() => {
              setIndex(home)
            }}
          />
        )}
        <p role="status" className="ml-auto text-slate-500">
          {zhPassage.position(index + 1, paragraphs.length)}
        </p>
      </div>
      {paragraph.section.length > 0 && (
        <p className="text-sm font-medium text-red-900">{paragraph.section.join(' › ')}</p>
      )}
      <p className="indent-8 text-base leading-8 text-slate-900">
        {parts ? (
          <>
            <TermText text={parts.before} />
            <mark className="rounded-sm bg-amber-200/80 px-0.5 text-slate-950">
              <TermText text={parts.quote[0]} />
              {parts.quote[1] && <strong className="font-bold text-red-800">{parts.quote[1]}</strong>}
              <TermText text={parts.quote[2]} />
            </mark>
            <TermText text={parts.after} />
          </>
        ) : (
          <TermText text={paragraph.text} />
        )}
      </p>
    </div>
  )
}

function StepButton({
  label,
  disabled,
  onClick,
}: {
  label: string
  disabled?: boolean
  onClick: () => void
}) {
  return (
    <button type="button" disabled={disabled} onClick={onClick} className={buttonClass('quiet', 'md')}>
      {label}
    </button>
  )
}
