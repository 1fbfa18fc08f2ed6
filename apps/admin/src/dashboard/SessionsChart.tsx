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
import { monthName, monthShort, sessionTotals, type SessionMonth } from './chart-data';

const colours = { planned: '#11504c', held: '#c76a14', cancelled: '#8a8275' };

/**
 * Sessions per month by status as stacked bars. The picture is hidden from screen readers;
 * the summary sentence and the table beside it carry the same numbers for everyone.
 */
export function SessionsChart({ year, months }: { year: number; months: SessionMonth[] }) {
  const totals = sessionTotals(months);
  const data = months.map((m) => ({ ...m, label: monthShort(m.month) }));
  return (
    <figure className="chart-figure" aria-labelledby="sessions-chart-title">
      <h2 id="sessions-chart-title" className="card__title">
        {texts.dashboard.sessionsTitle(year)}
      </h2>
      <p>{texts.dashboard.sessionsSummary(year, totals.planned, totals.held, totals.cancelled)}</p>
      <div className="chart" aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart
            data={data}
            accessibilityLayer={false}
            margin={{ top: 8, right: 8, bottom: 0, left: -16 }}
          >
            <CartesianGrid strokeDasharray="3 3" stroke="#d9d2c5" vertical={false} />
            <XAxis dataKey="label" tick={{ fill: '#4a5856', fontSize: 12 }} />
            <YAxis allowDecimals={false} tick={{ fill: '#4a5856', fontSize: 12 }} />
            <Tooltip />
            <Legend />
            <Bar
              isAnimationActive={false}
              dataKey="planned"
              name={texts.dashboard.planned}
              stackId="s"
              fill={colours.planned}
            />
            <Bar
              isAnimationActive={false}
              dataKey="held"
              name={texts.dashboard.held}
              stackId="s"
              fill={colours.held}
            />
            <Bar
              isAnimationActive={false}
              dataKey="cancelled"
              name={texts.dashboard.cancelled}
              stackId="s"
              fill={colours.cancelled}
            />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <details className="chart-details">
        <summary>{texts.dashboard.showTable}</summary>
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{texts.dashboard.sessionsTitle(year)}</caption>
            <thead>
              <tr>
                <th scope="col">{texts.dashboard.month}</th>
                <th scope="col" className="num">
                  {texts.dashboard.planned}
                </th>
                <th scope="col" className="num">
                  {texts.dashboard.held}
                </th>
                <th scope="col" className="num">
                  {texts.dashboard.cancelled}
                </th>
              </tr>
            </thead>
            <tbody>
              {months.map((m) => (
                <tr key={m.month}>
                  <th scope="row">{monthName(m.month)}</th>
                  <td className="num">{m.planned}</td>
                  <td className="num">{m.held}</td>
                  <td className="num">{m.cancelled}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
