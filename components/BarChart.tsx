// Horizontal bars for counts per label on one axis. The numbers are also in the
// accessible name and as text beside each bar.
export interface Bar { key: string; label: string; count: number }

export function BarChart({ title, bars, width = 220, labelWidth = 110 }: { title: string; bars: readonly Bar[]; width?: number; labelWidth?: number }) {
  const max = Math.max(1, ...bars.map((b) => b.count));
  const rowH = 18;
  const labelW = labelWidth;
  const numW = 36;
  const barW = width - labelW - numW;
  const summary = `${title}: ${bars.map((b) => `${b.label} ${b.count}`).join(', ')}`;
  return (
    <figure class="bar-chart">
      <figcaption>{title}</figcaption>
      <svg role="img" aria-label={summary} width={width} height={bars.length * rowH} viewBox={`0 0 ${width} ${bars.length * rowH}`}>
        {bars.map((b, i) => (
          <g key={b.key} transform={`translate(0 ${i * rowH})`}>
            <text x={0} y={13} class="bar-label">{b.label}</text>
            <rect x={labelW} y={3} height={rowH - 6} rx={2} width={Math.max(b.count > 0 ? 2 : 0, (b.count / max) * barW)} class={`bar bar-${b.key}`} />
            <text x={width} y={13} text-anchor="end" class="bar-count">{b.count}</text>
          </g>
        ))}
      </svg>
    </figure>
  );
}
