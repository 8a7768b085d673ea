import type { ReactNode } from 'react'
import { BLOCK_HEADINGS } from '@/monitoring/bulletin'
import { unreportedSection } from '@/monitoring/bulletin-unreported'
import type { BulletinBody } from '@/monitoring/bulletin-snapshot'
import { BulletinItem } from './bulletin-item'

const numerals = ['一', '二', '三', '四', '五', '六', '七', '八']

function Section({ n, title, children }: { n: number; title: string; children: ReactNode }) {
  const id = `bulletin-section-${n}`
  return (
    <section aria-labelledby={id} className="flex flex-col">
      <h3
        id={id}
        className="bulletin-heading break-after-avoid font-bold"
      >{`${numerals[n - 1] ?? n}、${title}`}</h3>
      {children}
    </section>
  )
}

// 一、总体情况 … 七、下步工作要求: the body of the 通报, every sentence built by the monitoring domain.
export function BulletinSections({ body, requirements }: { body: BulletinBody; requirements: string }) {
  const unreported = unreportedSection(body)
  return (
    <>
      <Section n={1} title="总体情况">
        <p className="indent-8">{body.overall}</p>
      </Section>
      {body.blocks.map((block, i) => (
        <Section key={block.key} n={i + 2} title={BLOCK_HEADINGS[block.key]}>
          <p className="indent-8">
            {block.summary}
            {block.lagging.length > 0 && `欠进度和未完成事项如下：`}
          </p>
          <ol className="flex flex-col">
            {block.lagging.map((row) => (
              <BulletinItem key={row.id} row={row} />
            ))}
          </ol>
        </Section>
      ))}
      <Section n={5} title="工作亮点">
        {body.highlights.length === 0 ? (
          <p className="indent-8">本期暂无已完成、提前完成或超进度事项。</p>
        ) : (
          <>
            <p className="indent-8">{`已完成、提前完成和超进度事项共${body.highlights.length}项：`}</p>
            <ol className="flex flex-col">
              {body.highlights.map((row) => (
                <BulletinItem key={row.id} row={row} narrative={false} />
              ))}
            </ol>
          </>
        )}
      </Section>
      <Section n={6} title="未报送情况">
        <p className="indent-8">{unreported.summary}</p>
        <ol className="flex flex-col">
          {unreported.lines.map((line) => (
            <li key={line} className="indent-8">
              {line}
            </li>
          ))}
        </ol>
      </Section>
      <Section n={7} title="下步工作要求">
        {(requirements.trim() || '（未填写）').split(/\n+/).map((para, i) => (
          <p key={i} className="indent-8 whitespace-pre-wrap">
            {para}
          </p>
        ))}
      </Section>
    </>
  )
}
