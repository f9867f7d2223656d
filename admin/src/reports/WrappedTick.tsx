type Anchor = 'start' | 'middle' | 'end' | 'inherit';

interface WrappedTickProps {
  x?: number;
  y?: number;
  textAnchor?: Anchor;
  payload?: { value: string };
  /** Characters per line. (Not `width`: recharts passes the axis width under that name.) */
  chars?: number;
  fontSize?: number;
}

/** An axis label wrapped on up to three lines (long element names around a radar). */
export const WrappedTick = ({ x = 0, y = 0, textAnchor = 'middle', payload, chars = 18, fontSize = 11 }: WrappedTickProps) => {
  const lines: string[] = [];
  for (const word of (payload?.value ?? '').split(' ')) {
    const last = lines[lines.length - 1];
    if (last && `${last} ${word}`.length <= chars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  const shown = lines.slice(0, 3);
  return (
    <text x={x} y={y} textAnchor={textAnchor} fontSize={fontSize} fill="currentColor">
      {shown.map((line, i) => (
        <tspan key={i} x={x} dy={i === 0 ? `${-(shown.length - 1) * 0.5}em` : '1.1em'}>
          {line}
        </tspan>
      ))}
    </text>
  );
};
