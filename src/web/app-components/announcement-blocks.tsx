import { Heading, List, Paragraph } from '@digdir/designsystemet-react';

export type AnnouncementBlock =
  | { type: 'heading'; text: string }
  | { type: 'paragraph'; text: string }
  | { type: 'list'; items: string[] };

interface AnnouncementBlocksProps {
  blocks: AnnouncementBlock[];
  /** Level of the announcement's own headings, one below the section they sit in. */
  headingLevel: 2 | 3 | 4;
}

/** The call text as the grant body wrote it, block by block; no HTML from the API is trusted. */
export function AnnouncementBlocks({ blocks, headingLevel }: AnnouncementBlocksProps) {
  return (
    <div className="announcement">
      {blocks.map((block, index) => {
        const key = `${index}-${block.type}`;
        switch (block.type) {
          case 'heading':
            return (
              <Heading key={key} level={headingLevel} data-size="sm">
                {block.text}
              </Heading>
            );
          case 'paragraph':
            return (
              <Paragraph key={key} variant="long">
                {block.text}
              </Paragraph>
            );
          case 'list':
            return (
              <List.Unordered key={key}>
                {block.items.map((item, itemIndex) => (
                  <List.Item key={`${key}-${itemIndex}`}>{item}</List.Item>
                ))}
              </List.Unordered>
            );
        }
      })}
    </div>
  );
}
