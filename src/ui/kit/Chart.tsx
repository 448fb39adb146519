import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { formatNumber, t } from '../i18n';
import { ScrollX } from './ScrollX';

/**
 * Charts drawn by the lab as SVG (SPEC §8): each is a figure with a title, a description
 * that says what the eye would read off it, and its figures as a table, so a keyboard and a
 * screen reader get what the eye gets. Series colours come from `--kl-series-<n>` (lab.css),
 * chosen for contrast in light and dark mode.
 */

export interface Series {
  name: string;
  values: readonly number[];
}

/** Axis steps: 0 and a round top at or above `max`, with 4 equal steps between. */
function ticks(max: number): number[] {
  if (max <= 0) return [0, 1];
  const rough = max / 4;
  const pow = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * pow).find((s) => s >= rough)!;
  const top = Math.ceil(max / step) * step;
  const out: number[] = [];
  for (let v = 0; v <= top + step / 2; v += step) out.push(Math.round(v * 1000) / 1000);
  return out;
}

/** The figure around a chart: title, chart, description, its table and a download. */
function Figure(props: {
  title: string;
  /** False when a heading above already names the figure (the SVG keeps its title). */
  caption?: boolean | undefined;
  description: string;
  chart: (ids: { title: string; desc: string }) => ComponentChildren;
  labels: readonly string[];
  labelHeading: string;
  series: readonly Series[];
  download?: ComponentChildren;
}) {
  const id = useId();
  const ids = { title: `${id}-t`, desc: `${id}-d` };
  return (
    <figure class="kl-figure">
      {props.caption === false && !props.download ? null : (
        <figcaption>
          {props.caption === false ? <span /> : <strong>{props.title}</strong>}
          {props.download}
        </figcaption>
      )}
      {props.chart(ids)}
      <p class="kl-muted" id={`${id}-d2`}>
        {props.description}
      </p>
      <details class="kl-figure-table">
        <summary>{t('chart.figures')}</summary>
        <ScrollX label={props.title}>
          <table class="kl-simple-table">
            <caption class="kl-sr">{props.title}</caption>
            <thead>
              <tr>
                <th scope="col">{props.labelHeading}</th>
                {props.series.map((s) => (
                  <th key={s.name} scope="col" class="kl-num">
                    {s.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {props.labels.map((label, i) => (
                <tr key={`${label}-${i}`}>
                  <th scope="row">{label}</th>
                  {props.series.map((s) => (
                    <td key={s.name} class="kl-num">
                      {formatNumber(s.values[i] ?? 0)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollX>
      </details>
    </figure>
  );
}

function Legend(props: { series: readonly Series[] }) {
  if (props.series.length < 2) return null;
  return (
    <ul class="kl-legend" aria-hidden="true">
      {props.series.map((s, i) => (
        <li key={s.name}>
          <span class={`kl-swatch kl-series-${i}`} />
          {s.name}
        </li>
      ))}
    </ul>
  );
}

/** Horizontal bars: one row per label, one bar per series in it. */
export function BarChart(props: {
  title: string;
  caption?: boolean;
  description: string;
  labelHeading: string;
  labels: readonly string[];
  series: readonly Series[];
  download?: ComponentChildren;
}) {
  const { labels, series } = props;
  const max = Math.max(0, ...series.flatMap((s) => s.values));
  const axis = ticks(max);
  const top = axis[axis.length - 1]!;
  const labelW = 170;
  const plotW = 440;
  const barH = 14;
  const rowH = series.length * barH + 10;
  const height = labels.length * rowH + 24;
  const x = (v: number) => labelW + (v / top) * plotW;
  const short = (s: string) => (s.length > 26 ? `${s.slice(0, 25)}…` : s);
  return (
    <Figure
      {...props}
      chart={(ids) => (
        <>
          <Legend series={series} />
          <svg
            class="kl-chart"
            viewBox={`0 0 ${labelW + plotW + 30} ${height}`}
            role="img"
            aria-labelledby={`${ids.title} ${ids.desc}`}
          >
            <title id={ids.title}>{props.title}</title>
            <desc id={ids.desc}>{props.description}</desc>
            {axis.map((v) => (
              <g key={v}>
                <line class="kl-grid" x1={x(v)} x2={x(v)} y1={0} y2={height - 20} />
                <text class="kl-tick" x={x(v)} y={height - 6} text-anchor="middle">
                  {formatNumber(v)}
                </text>
              </g>
            ))}
            {labels.map((label, i) => (
              <g key={`${label}-${i}`}>
                <text class="kl-label" x={labelW - 8} y={i * rowH + rowH / 2 + 4} text-anchor="end">
                  {short(label)}
                </text>
                {series.map((s, j) => {
                  const v = s.values[i] ?? 0;
                  return (
                    <rect
                      key={s.name}
                      class={`kl-series-${j}`}
                      x={labelW}
                      y={i * rowH + 5 + j * barH}
                      width={Math.max(v > 0 ? 1 : 0, x(v) - labelW)}
                      height={barH - 2}
                    />
                  );
                })}
              </g>
            ))}
          </svg>
        </>
      )}
    />
  );
}

/** Lines over days (or any ordered labels): one line per series, a dot per value. */
export function LineChart(props: {
  title: string;
  description: string;
  labelHeading: string;
  labels: readonly string[];
  series: readonly Series[];
  download?: ComponentChildren;
}) {
  const { labels, series } = props;
  const max = Math.max(0, ...series.flatMap((s) => s.values));
  const axis = ticks(max);
  const top = axis[axis.length - 1]!;
  const left = 48;
  const width = 600;
  const height = 220;
  const plotH = height - 40;
  const step = labels.length > 1 ? width / (labels.length - 1) : 0;
  const x = (i: number) => left + (labels.length > 1 ? i * step : width / 2);
  const y = (v: number) => 10 + plotH - (v / top) * plotH;
  // About six date labels along the axis, whatever the length of the period.
  const every = Math.max(1, Math.ceil(labels.length / 6));
  return (
    <Figure
      {...props}
      chart={(ids) => (
        <>
          <Legend series={series} />
          <svg
            class="kl-chart"
            viewBox={`0 0 ${left + width + 40} ${height}`}
            role="img"
            aria-labelledby={`${ids.title} ${ids.desc}`}
          >
            <title id={ids.title}>{props.title}</title>
            <desc id={ids.desc}>{props.description}</desc>
            {axis.map((v) => (
              <g key={v}>
                <line class="kl-grid" x1={left} x2={left + width} y1={y(v)} y2={y(v)} />
                <text class="kl-tick" x={left - 6} y={y(v) + 4} text-anchor="end">
                  {formatNumber(v)}
                </text>
              </g>
            ))}
            {labels.map((label, i) =>
              i % every === 0 || i === labels.length - 1 ? (
                <text key={label} class="kl-tick" x={x(i)} y={height - 8} text-anchor="middle">
                  {label.slice(5)}
                </text>
              ) : null,
            )}
            {series.map((s, j) => (
              <g key={s.name} class={`kl-series-${j}`}>
                <polyline
                  class="kl-line"
                  points={s.values.map((v, i) => `${x(i)},${y(v)}`).join(' ')}
                />
                {labels.length <= 62 &&
                  s.values.map((v, i) => <circle key={i} cx={x(i)} cy={y(v)} r={2.5} />)}
              </g>
            ))}
          </svg>
        </>
      )}
    />
  );
}
