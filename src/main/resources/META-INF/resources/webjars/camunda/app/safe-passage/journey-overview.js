/*
 * Safe Passage: "Journey overview", a cockpit.dashboard plugin for managers. Served to managers
 * only (SecurityConfig); reads /dashboard/overview on the browser's session and draws its charts
 * as plain SVG, with no library. Every bar and row links to the cases behind it.
 */
const SVG = 'http://www.w3.org/2000/svg';
const URGENCY_COLOURS = {P0: '#c62828', P1: '#ef6c00', P2: '#1565c0', none: '#9e9e9e'};
const FLOW = [
  ['opened', 'Opened', '#546e7a'],
  ['approvedInVetting', 'Approved in vetting', '#6a1b9a'],
  ['visaGranted', 'Visa granted', '#00838f'],
  ['arrived', 'Arrived', '#2e7d32'],
  ['protectedCount', 'Protected', '#f9a825']
];

function el(name, attributes, ...children) {
  const node = document.createElement(name);
  Object.entries(attributes || {}).forEach(([key, value]) => node.setAttribute(key, value));
  children.forEach(child => node.append(child));
  return node;
}

function svg(name, attributes, ...children) {
  const node = document.createElementNS(SVG, name);
  Object.entries(attributes || {}).forEach(([key, value]) => node.setAttribute(key, value));
  children.forEach(child => node.append(child));
  return node;
}

function link(href, text) {
  return el('a', {href}, text);
}

function casesUrl(stage, urgency) {
  const query = new URLSearchParams({stage});
  if (urgency) {
    query.set('urgency', urgency);
  }
  return '/cases?' + query.toString();
}

function storyUrl(caseNumber) {
  return '/cases/' + encodeURIComponent(caseNumber) + '/story';
}

function cockpitUrl(journeyId) {
  return '#/process-instance/' + encodeURIComponent(journeyId) + '/runtime';
}

function caseLinks(caseNumber, journeyId) {
  return el('span', {}, link(storyUrl(caseNumber), caseNumber), ' (', link(cockpitUrl(journeyId), 'Cockpit'), ')');
}

function section(title, ...content) {
  return el('section', {class: 'sp-dashboard-section', 'data-chart': title}, el('h3', {}, title), ...content);
}

function day(instant) {
  return instant ? new Date(instant).toLocaleString() : '';
}

/** Stacked bars: one per stage, a segment per urgency, each a link to the case list behind it. */
function pipelineChart(cells) {
  const stages = [];
  cells.forEach(cell => {
    if (!stages.find(stage => stage.id === cell.stage)) {
      stages.push({id: cell.stage, name: cell.stageName, cells: []});
    }
    stages.find(stage => stage.id === cell.stage).cells.push(cell);
  });
  const max = Math.max(1, ...stages.map(stage => stage.cells.reduce((sum, cell) => sum + cell.cases, 0)));
  const width = 640, rowHeight = 34, labelWidth = 130;
  const chart = svg('svg', {width, height: stages.length * rowHeight + 10, role: 'img', 'aria-label': 'Open cases per stage and urgency', id: 'sp-pipeline'});
  stages.forEach((stage, row) => {
    const y = row * rowHeight + 5;
    chart.append(svg('text', {x: 0, y: y + 19, 'font-size': 13}, stage.name));
    let x = labelWidth;
    ['P0', 'P1', 'P2', 'none'].forEach(urgency => {
      const cell = stage.cells.find(c => c.urgency === urgency);
      if (!cell) {
        return;
      }
      const w = Math.max(2, (width - labelWidth - 60) * cell.cases / max);
      const anchor = svg('a', {href: casesUrl(stage.id, urgency === 'none' ? null : urgency), 'data-stage': stage.id, 'data-urgency': urgency},
          svg('rect', {x, y, width: w, height: rowHeight - 8, fill: URGENCY_COLOURS[urgency]},
              svg('title', {}, stage.name + ', ' + urgency + ': ' + cell.cases + ' cases')));
      if (w > 24) {
        anchor.append(svg('text', {x: x + 4, y: y + 18, 'font-size': 12, fill: '#fff'}, String(cell.cases)));
      }
      chart.append(anchor);
      x += w;
    });
    chart.append(svg('text', {x: x + 6, y: y + 19, 'font-size': 12}, String(stage.cells.reduce((sum, cell) => sum + cell.cases, 0))));
  });
  const legend = el('p', {}, ...Object.entries(URGENCY_COLOURS).map(([urgency, colour]) =>
      el('span', {style: 'margin-right:1em'}, el('span', {style: 'display:inline-block;width:10px;height:10px;background:' + colour}), ' ' + urgency)));
  return section('Pipeline: open cases per stage and urgency', chart, legend);
}

/** Grouped bars per ISO week for the five steps, and a table of exits by reason. */
function flowChart(weeks) {
  const width = 720, height = 200, left = 30, bottom = 30;
  const max = Math.max(1, ...weeks.flatMap(week => FLOW.map(([key]) => week[key])));
  const groupWidth = (width - left) / weeks.length;
  const barWidth = Math.max(2, (groupWidth - 6) / FLOW.length);
  const chart = svg('svg', {width, height: height + bottom, role: 'img', 'aria-label': 'Flow per week', id: 'sp-flow'});
  chart.append(svg('text', {x: 0, y: 12, 'font-size': 11}, String(max)));
  chart.append(svg('line', {x1: left, y1: height, x2: width, y2: height, stroke: '#999'}));
  weeks.forEach((week, index) => {
    const x0 = left + index * groupWidth + 3;
    FLOW.forEach(([key, label, colour], series) => {
      const h = (height - 10) * week[key] / max;
      chart.append(svg('rect', {x: x0 + series * barWidth, y: height - h, width: barWidth - 1, height: h, fill: colour},
          svg('title', {}, week.week + ' ' + label + ': ' + week[key])));
    });
    chart.append(svg('text', {x: x0, y: height + 14, 'font-size': 10}, week.week.substring(5)));
  });
  const legend = el('p', {}, ...FLOW.map(([, label, colour]) =>
      el('span', {style: 'margin-right:1em'}, el('span', {style: 'display:inline-block;width:10px;height:10px;background:' + colour}), ' ' + label)));
  const exits = el('table', {class: 'table table-condensed', id: 'sp-exits'},
      el('thead', {}, el('tr', {}, el('th', {}, 'Week'), el('th', {}, 'Exit'), el('th', {}, 'Reason'), el('th', {}, 'Cases'))),
      el('tbody', {}, ...weeks.flatMap(week => week.exits.map(exit =>
          el('tr', {}, el('td', {}, week.week), el('td', {}, exit.exit || ''), el('td', {}, exit.reason || ''), el('td', {}, String(exit.cases)))))));
  return section('Flow per week (last 12 weeks)', chart, legend, el('h4', {}, 'Exits by reason'), exits);
}

/** Median and 90th percentile days per stage as paired horizontal bars. */
function timeChart(times) {
  const width = 640, rowHeight = 40, labelWidth = 130;
  const max = Math.max(1, ...times.map(time => time.p90Days));
  const chart = svg('svg', {width, height: times.length * rowHeight + 10, role: 'img', 'aria-label': 'Days in stage', id: 'sp-time'});
  times.forEach((time, row) => {
    const y = row * rowHeight + 5;
    const scale = (width - labelWidth - 140) / max;
    chart.append(svg('text', {x: 0, y: y + 20, 'font-size': 13}, time.stageName));
    chart.append(svg('rect', {x: labelWidth, y, width: Math.max(1, time.p90Days * scale), height: 14, fill: '#90caf9'},
        svg('title', {}, '90th percentile: ' + time.p90Days + ' days')));
    chart.append(svg('rect', {x: labelWidth, y: y + 16, width: Math.max(1, time.medianDays * scale), height: 14, fill: '#1565c0'},
        svg('title', {}, 'Median: ' + time.medianDays + ' days')));
    chart.append(svg('text', {x: labelWidth + Math.max(1, time.p90Days * scale) + 6, y: y + 20, 'font-size': 12},
        'median ' + time.medianDays + ' d, p90 ' + time.p90Days + ' d (' + time.finished + ' cases)'));
  });
  return section('Time in stage (stages finished in the last 90 days)', chart);
}

function overdueTables(incidents, overdue) {
  const incidentRows = incidents.first.map(incident => el('tr', {class: 'sp-incident'},
      el('td', {}, caseLinks(incident.caseNumber, incident.journeyId)), el('td', {}, incident.kind || ''),
      el('td', {}, day(incident.reportedAt))));
  const counts = (title, rows) => el('table', {class: 'table table-condensed'},
      el('thead', {}, el('tr', {}, el('th', {}, title), el('th', {}, 'Overdue'))),
      el('tbody', {}, ...rows.map(row => el('tr', {}, el('td', {}, row.name), el('td', {}, String(row.count))))));
  const taskRows = overdue.tasks.map(task => el('tr', {class: task.safetyIncident ? 'sp-incident' : ''},
      el('td', {}, caseLinks(task.caseNumber, task.journeyId)), el('td', {}, task.task), el('td', {}, task.team || ''),
      el('td', {}, day(task.due))));
  return section('Overdue work',
      el('h4', {}, 'Open safety incidents (' + incidents.total + ')'),
      shownOf(incidents.first.length, incidents.total),
      el('table', {class: 'table table-condensed', id: 'sp-incidents'},
          el('thead', {}, el('tr', {}, el('th', {}, 'Case'), el('th', {}, 'Kind'), el('th', {}, 'Reported'))),
          el('tbody', {}, ...incidentRows)),
      el('p', {}, overdue.total + ' tasks past due' + (overdue.tasks.length < overdue.total ? ', the first ' + overdue.tasks.length + ' listed.' : '.')),
      el('div', {style: 'display:flex;gap:2em'}, counts('Team', overdue.byTeam), counts('Task', overdue.byTask)),
      el('table', {class: 'table table-condensed', id: 'sp-overdue'},
          el('thead', {}, el('tr', {}, el('th', {}, 'Case'), el('th', {}, 'Task'), el('th', {}, 'Team'), el('th', {}, 'Due'))),
          el('tbody', {}, ...taskRows)));
}

/** Says when a list shows only the first of many. */
function shownOf(shown, total) {
  return el('p', {class: 'text-muted'}, shown < total ? 'The first ' + shown + ' of ' + total + '.' : '');
}

function deadlineTable(deadlines) {
  return section('Deadlines in the next 7 days (' + deadlines.total + ')', shownOf(deadlines.first.length, deadlines.total),
      el('table', {class: 'table table-condensed', id: 'sp-deadlines'},
          el('thead', {}, el('tr', {}, el('th', {}, 'Due'), el('th', {}, 'What'), el('th', {}, 'Case'))),
          el('tbody', {}, ...deadlines.first.map(deadline => el('tr', {},
              el('td', {}, deadline.due), el('td', {}, deadline.what), el('td', {}, caseLinks(deadline.caseNumber, deadline.journeyId)))))));
}

export default {
  id: 'safePassageJourneyOverview',
  pluginPoint: 'cockpit.dashboard',
  priority: 100,
  properties: {label: 'Journey overview'},
  render: node => {
    const root = el('div', {id: 'sp-journey-overview'}, el('p', {}, 'Loading the journey overview...'));
    node.append(root);
    fetch('/dashboard/overview', {credentials: 'same-origin', headers: {Accept: 'application/json'}})
        .then(response => {
          if (!response.ok) {
            throw new Error('The dashboard answered ' + response.status);
          }
          return response.json();
        })
        .then(overview => root.replaceChildren(
            el('h2', {}, 'Journey overview'),
            el('p', {class: 'text-muted'}, 'As of ' + day(overview.asOf) + '. Counts, durations and case numbers only.'),
            pipelineChart(overview.pipeline), flowChart(overview.flow), timeChart(overview.timeInStage),
            overdueTables(overview.incidents, overview.overdue), deadlineTable(overview.deadlines)))
        .catch(error => root.replaceChildren(el('p', {class: 'text-danger'}, error.message)));
  }
};
