import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { texts } from '../texts';
import { monthName, pivotDilemmas, type DilemmaThemeMonth } from './chart-data';

const palette = ['#11504c', '#c76a14', '#5b4a8a', '#8a8275', '#1f6b3a', '#a32121'];

/** Dilemmas per theme and month as grouped bars, with the numbers as a table beside it. */
export function DilemmasChart({
  year,
  months,
  points,
}: {
  year: number;
  months: string[];
  points: DilemmaThemeMonth[];
}) {
  const { rows, themes, total, top } = pivotDilemmas(points, months);
  return (
    <figure className="chart-figure" aria-labelledby="dilemmas-chart-title">
      <h2 id="dilemmas-chart-title" className="card__title">
        {texts.dashboard.dilemmasTitle(year)}
      </h2>
      <p>{texts.dashboard.dilemmasSummary(total, top)}</p>
      {total === 0 ? null : (
        <div className="chart" aria-hidden="true">
          <ResponsiveContainer width="100%" height="100%">
            <BarChart
              data={rows}
              accessibilityLayer={false}
              margin={{ top: 8, right: 8, bottom: 0, left: -16 }}
            >
              <CartesianGrid strokeDasharray="3 3" stroke="#d9d2c5" vertical={false} />
              <XAxis dataKey="label" tick={{ fill: '#4a5856', fontSize: 12 }} />
              <YAxis allowDecimals={false} tick={{ fill: '#4a5856', fontSize: 12 }} />
              <Tooltip />
              <Legend />
              {themes.map((theme, i) => (
                <Bar
                  isAnimationActive={false}
                  key={theme}
                  dataKey={theme}
                  name={theme}
                  fill={palette[i % palette.length]}
                />
              ))}
            </BarChart>
          </ResponsiveContainer>
        </div>
      )}
      <details className="chart-details">
        <summary>{texts.dashboard.showTable}</summary>
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{texts.dashboard.dilemmasTitle(year)}</caption>
            <thead>
              <tr>
                <th scope="col">{texts.dashboard.month}</th>
                {themes.map((theme) => (
                  <th key={theme} scope="col" className="num">
                    {theme}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.month}>
                  <th scope="row">{monthName(row.month)}</th>
                  {themes.map((theme) => (
                    <td key={theme} className="num">
                      {row[theme]}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
