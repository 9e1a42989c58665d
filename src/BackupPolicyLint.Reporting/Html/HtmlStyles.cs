namespace BackupPolicyLint.Reporting.Html;

/// <summary>
/// The report's stylesheet, inline: the file must open offline and print well. In print, the checklist and the findings
/// start a page and each plan of them takes its own; the contents and the filter are left out. (The filter's own rules,
/// one per rule id, are written beside it by <see cref="HtmlFindingsSection"/>.)
/// </summary>
internal static class HtmlStyles
{
    public const string Css = """
        :root { --pass: #2e7d32; --fail: #c62828; --waived: #6a1b9a; --na: #9e9e9e; --ne: #ef8f00; --line: #d0d7de; --muted: #57606a; }
        * { box-sizing: border-box; }
        body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328; margin: 0 auto; max-width: 1200px; padding: 24px; }
        h1 { font-size: 24px; margin: 0 0 4px; }
        h2 { font-size: 19px; border-bottom: 2px solid var(--line); padding-bottom: 4px; margin-top: 32px; }
        h3 { font-size: 16px; margin: 20px 0 8px; }
        .muted { color: var(--muted); }
        table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; }
        th, td { border: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
        th { background: #f6f8fa; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
        code, pre { font: 12px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
        h3 code { font-size: 15px; }
        .cards { display: flex; gap: 12px; flex-wrap: wrap; margin: 12px 0; }
        .card { border: 1px solid var(--line); border-radius: 6px; padding: 8px 16px; min-width: 110px; }
        .card b { display: block; font-size: 22px; }
        .badge { display: inline-block; border-radius: 10px; padding: 0 8px; font-size: 12px; font-weight: 600; color: #fff; white-space: nowrap; }
        .error, .fail { background: var(--fail); }
        .warning { background: #9a6700; }
        .note { background: #0969da; }
        .pass { background: var(--pass); }
        .waived, .suppressed, .pass-with-waivers { background: var(--waived); }
        .not-applicable { background: var(--na); }
        .not-evaluated { background: var(--ne); }
        .not-checked { background: #fff; color: var(--muted); border: 1px dashed var(--muted); }
        p.verdict .badge { font-size: 16px; padding: 2px 12px; }
        table.matrix { table-layout: fixed; }
        table.matrix th:first-child { width: 36%; }
        table.matrix th:nth-child(2) { width: 7.5em; }
        table.matrix td:nth-child(2) { font-size: 12px; }
        table.matrix .badge { white-space: normal; text-align: center; }
        table.matrix th, table.matrix td { padding: 3px 6px; overflow-wrap: anywhere; }
        nav#contents ol { margin: 4px 0; }
        nav#contents ol ol { columns: 2; }
        h4 { font-size: 14px; margin: 14px 0 6px; color: var(--muted); }
        .filters { display: flex; gap: 16px; flex-wrap: wrap; position: sticky; top: 0; background: #fff; padding: 6px 0; border-bottom: 1px solid var(--line); z-index: 1; }
        .filters fieldset { border: 1px solid var(--line); border-radius: 6px; padding: 2px 10px; margin: 0; }
        .filters label { margin: 0 10px 0 2px; }
        .finding { border: 1px solid var(--line); border-left: 4px solid var(--fail); border-radius: 4px; padding: 8px 12px; margin: 10px 0; }
        .finding.warning-level { border-left-color: #9a6700; }
        .finding.note-level { border-left-color: #0969da; }
        .finding p { margin: 4px 0; }
        pre.context { background: #f6f8fa; border: 1px solid var(--line); padding: 6px 0; overflow-x: auto; margin: 6px 0 0; }
        pre.context span { display: block; padding: 0 10px; white-space: pre; }
        pre.context span.hit { background: #fff1c2; }
        pre.context i { font-style: normal; color: var(--muted); display: inline-block; min-width: 3.5em; user-select: none; }
        svg text { font: 12px system-ui, sans-serif; }
        @media print {
          body { max-width: none; padding: 0; font-size: 10pt; }
          * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          h2, h3, h4 { break-after: avoid; }
          nav#contents, .filters { display: none; }
          #checklist, #findings { break-before: page; }
          .plan + .plan { break-before: page; }
          tr, .finding, svg { break-inside: avoid; }
          a { color: inherit; text-decoration: none; }
          pre.context { overflow: visible; }
          pre.context span { white-space: pre-wrap; }
        }
        """;
}
