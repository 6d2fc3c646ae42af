// Plumbline's only script. No inline scripts anywhere (the Content-Security-Policy forbids them):
// pages declare behaviour with data attributes, and this file wires it up.
(function () {
  'use strict';

  function csrf() {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    return token && header && token.content ? { header: header.content, token: token.content } : null;
  }

  // Every htmx request carries the CSRF header, so that htmx posts pass Spring Security's check.
  document.addEventListener('htmx:configRequest', function (event) {
    var c = csrf();
    if (c) { event.detail.headers[c.header] = c.token; }
  });

  // Error responses are swapped too: the server retargets them to the toast container.
  document.addEventListener('DOMContentLoaded', function () {
    if (window.htmx) {
      htmx.config.responseHandling = [
        { code: '204', swap: false },
        { code: '[23]..', swap: true },
        { code: '[45]..', swap: true, error: true }
      ];
    }
  });

  // A picker's search field only narrows its select's options (htmx, on "input"). The browser's own "change"
  // when focus leaves the field must not reach the filter form around it: the form would send a filter
  // request, and that request's history push cancelled the link the person had just clicked.
  document.addEventListener('change', function (event) {
    if (event.target.matches && event.target.matches('input.picker-search')) { event.stopPropagation(); }
  }, true);

  // A request that failed without a response (network down) still says so.
  document.addEventListener('htmx:sendError', function () { toast('The server could not be reached. Try again.', true); });

  function toast(message, error) {
    var box = document.getElementById('toasts');
    if (!box) { return; }
    var el = document.createElement('div');
    el.className = 'toast' + (error ? ' error' : '');
    el.textContent = message;
    box.appendChild(el);
    setTimeout(function () { el.remove(); }, 6000);
  }

  // A Gantt bar for custom series that name it (renderItem: "gantt"); each datum's value is
  // [row, start ms, end ms, progress 0-100]: the span drawn light, the part done drawn full.
  function gantt(params, api) {
    var row = api.value(0);
    var from = api.coord([api.value(1), row]);
    var to = api.coord([api.value(2), row]);
    var height = api.size([0, 1])[1] * 0.56;
    var box = { x: params.coordSys.x, y: params.coordSys.y, width: params.coordSys.width, height: params.coordSys.height };
    var width = Math.max(to[0] - from[0], 3);
    var span = echarts.graphic.clipRectByRect({ x: from[0], y: from[1] - height / 2, width: width, height: height }, box);
    if (!span) { return; }
    var done = echarts.graphic.clipRectByRect({ x: from[0], y: from[1] - height / 2,
      width: width * Math.min(Math.max(api.value(3), 0), 100) / 100, height: height }, box);
    var color = api.visual('color');
    var children = [{ type: 'rect', shape: span, style: { fill: color, opacity: 0.28 } }];
    if (done) { children.push({ type: 'rect', shape: done, style: { fill: color } }); }
    children.push({ type: 'rect', shape: span, style: { fill: 'none', stroke: color, lineWidth: 1 } });
    return { type: 'group', children: children };
  }

  var renderers = { gantt: gantt };

  // Charts: <div class="chart" data-chart='{ECharts option as JSON}'>, or data-chart-src="URL" for a large
  // option fetched on its own (the alignment graph; the browser revalidates it by ETag). An option may
  // carry "plumblineHeight", the height in pixels it needs.
  function drawCharts(root) {
    if (!window.echarts) { return; }
    root.querySelectorAll('[data-chart]').forEach(function (el) {
      if (el.dataset.drawn) { return; }
      draw(el, JSON.parse(el.dataset.chart));
    });
    root.querySelectorAll('[data-chart-src]').forEach(function (el) {
      if (el.dataset.drawn || el.dataset.loading) { return; }
      el.dataset.loading = 'true';
      fetch(el.dataset.chartSrc, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
        .then(function (response) {
          if (!response.ok) { throw new Error('HTTP ' + response.status); }
          return response.json();
        })
        .then(function (option) {
          el.textContent = '';
          el.removeAttribute('aria-busy');
          if (option.plumblineHeight) { el.style.height = option.plumblineHeight + 'px'; }
          draw(el, option);
        })
        .catch(function () {
          el.removeAttribute('aria-busy');
          el.textContent = el.dataset.chartFailed || 'The chart could not be loaded.';
        });
    });
  }

  function draw(el, option) {
    var chart = echarts.init(el, null, { renderer: 'svg' });
    (option.series || []).forEach(function (series) {
      if (typeof series.renderItem === 'string') { series.renderItem = renderers[series.renderItem]; }
    });
    // People who asked their system for less motion get the chart drawn at once, without the sweep.
    if (window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches) { option.animation = false; }
    chart.setOption(option);
    // Nodes, bars and points that carry a url open it when clicked (the alignment graph, group scores).
    chart.on('click', function (params) {
      if (params.data && params.data.url) { window.location.href = params.data.url; }
    });
    el.dataset.drawn = 'true';
    // Redrawn whenever its box changes: window resizes, and htmx settling a swapped chart's size.
    if (window.ResizeObserver) {
      new ResizeObserver(function () { chart.resize(); }).observe(el);
    } else {
      window.addEventListener('resize', function () { chart.resize(); });
    }
  }

  // Editable row lists: a <template data-row-template="name"> and buttons with data-add-row="name";
  // rows carry data-row; names like values[3].name are renumbered after every add, move and remove.
  function renumber(list) {
    var prefix = list.dataset.rows;
    list.querySelectorAll(':scope > [data-row]').forEach(function (row, index) {
      row.querySelectorAll('[name],[id],[for]').forEach(function (el) {
        ['name', 'id', 'for'].forEach(function (attr) {
          var value = el.getAttribute(attr);
          if (value) { el.setAttribute(attr, value.replace(new RegExp(prefix + '\\[\\d+\\]'), prefix + '[' + index + ']')); }
        });
      });
    });
  }

  document.addEventListener('click', function (event) {
    var add = event.target.closest('[data-add-row]');
    if (add) {
      var name = add.dataset.addRow;
      var list = document.querySelector('[data-rows="' + name + '"]');
      var template = document.querySelector('template[data-row-template="' + name + '"]');
      list.appendChild(template.content.cloneNode(true));
      renumber(list);
      var fresh = list.lastElementChild.querySelector('input,textarea');
      if (fresh) { fresh.focus(); }
      changed(list);
      return;
    }
    var tool = event.target.closest('[data-row-action]');
    if (tool) {
      var row = tool.closest('[data-row]');
      var rows = row.parentElement;
      var action = tool.dataset.rowAction;
      if (action === 'remove') { row.remove(); }
      if (action === 'up' && row.previousElementSibling) { rows.insertBefore(row, row.previousElementSibling); }
      if (action === 'down' && row.nextElementSibling) { rows.insertBefore(row.nextElementSibling, row); }
      renumber(rows);
      changed(rows);
    }
  });

  // Forms that destroy something ask first: <form data-confirm="Delete this?">.
  document.addEventListener('submit', function (event) {
    var form = event.target.closest('form[data-confirm]');
    if (form && !window.confirm(form.dataset.confirm)) { event.preventDefault(); }
  });

  // A row added, moved or removed is a change of its form (e.g. the SMART hints listen for it).
  function changed(el) {
    var form = el.closest('form');
    if (form) { form.dispatchEvent(new Event('change', { bubbles: true })); }
  }

  // Diff picker: choosing two versions loads the comparison (htmx does the request).
  document.addEventListener('DOMContentLoaded', function () { drawCharts(document); });
  document.addEventListener('htmx:afterSwap', function (event) { drawCharts(event.target); });
  document.addEventListener('htmx:afterSettle', function () {
    drawCharts(document);
    document.querySelectorAll('#toasts .toast').forEach(function (el) {
      if (!el.dataset.timer) { el.dataset.timer = '1'; setTimeout(function () { el.remove(); }, 6000); }
    });
  });
})();
