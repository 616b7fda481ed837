import SameSideCore

/// Lays out a ``Document`` as plain text, Markdown or a self-contained printable HTML page.
public enum DocumentRenderer {
    // MARK: text

    /// Plain text for a terminal: headings underlined, tables as aligned columns.
    public static func text(_ document: Document) -> String {
        var out = document.title + "\n" + String(repeating: "=", count: min(100, document.title.count)) + "\n"
        for line in document.subtitle { out += line + "\n" }
        for block in document.blocks {
            out += "\n"
            switch block {
            case .heading(let title):
                out += title + "\n" + String(repeating: "-", count: min(100, title.count)) + "\n"
            case .paragraph(let line):
                out += plain(line) + "\n"
            case .note(let line):
                out += "! " + plain(line) + "\n"
            case .list(let items):
                for item in items { out += "  - " + plain(item) + "\n" }
            case .table(let headers, let rows, let numeric):
                out += textTable(headers: headers, rows: rows.map { $0.map(plain) }, numeric: numeric)
            }
        }
        return out
    }

    private static func plain(_ line: Document.Line) -> String {
        line.map { span in
            switch span.style {
            case .provenance: return "[\(span.text)]"
            case .warning: return "(!) " + span.text
            default: return span.text
            }
        }.joined()
    }

    private static func textTable(headers: [String], rows: [[String]], numeric: Set<Int>) -> String {
        var widths = headers.map(\.count)
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = min(72, max(widths[index], cell.count))
            }
        }
        func format(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                let width = index < widths.count ? widths[index] : cell.count
                let padding = String(repeating: " ", count: max(0, width - cell.count))
                return numeric.contains(index) ? padding + cell : cell + padding
            }.joined(separator: "  ").trimmingTrailingSpaces() + "\n"
        }
        var out = "  " + format(headers)
        out += "  " + widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
        for row in rows { out += "  " + format(row) }
        return out
    }

    // MARK: Markdown

    /// GitHub-flavoured Markdown; every text is escaped so that customer data cannot break the layout.
    public static func markdown(_ document: Document) -> String {
        var out = "# " + markdownEscape(document.title) + "\n\n"
        for line in document.subtitle { out += markdownEscape(line) + "  \n" }
        for block in document.blocks {
            out += "\n"
            switch block {
            case .heading(let title):
                out += "## " + markdownEscape(title) + "\n"
            case .paragraph(let line):
                out += markdown(line) + "\n"
            case .note(let line):
                out += "> " + markdown(line) + "\n"
            case .list(let items):
                for item in items { out += "- " + markdown(item) + "\n" }
            case .table(let headers, let rows, let numeric):
                out += "| " + headers.map(markdownEscape).joined(separator: " | ") + " |\n"
                out += "|" + headers.indices.map { numeric.contains($0) ? " ---: |" : " --- |" }.joined() + "\n"
                for row in rows { out += "| " + row.map(markdown).joined(separator: " | ") + " |\n" }
            }
        }
        return out
    }

    private static func markdown(_ line: Document.Line) -> String {
        line.map { span in
            let text = markdownEscape(span.text)
            guard !text.isEmpty else { return "" }
            switch span.style {
            case .plain: return text
            case .strong: return "**\(text)**"
            case .provenance(.customerStated): return "✔ *\(text)*"
            case .provenance: return "◆ *\(text)*"
            case .warning: return "⚠ **\(text)**"
            case .ok: return "✔ \(text)"
            }
        }.joined()
    }

    /// Escapes Markdown's inline syntax and table pipes with backslashes, HTML with entities, and line breaks.
    public static func markdownEscape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.count)
        for character in text {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "|", "#", "~":
                out.append("\\")
                out.append(character)
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\n", "\r", "\r\n": out.append(" ")
            default: out.append(character)
            }
        }
        return out
    }

    // MARK: HTML

    /// Paper size for printing.
    public enum Paper: String, CaseIterable, Sendable {
        case auto, a4, letter

        var css: String {
            switch self {
            case .auto: return "auto"
            case .a4: return "A4"
            case .letter: return "letter"
            }
        }
    }

    /// A self-contained HTML page (inline CSS, no scripts, no external resources), printable on A4 and Letter.
    public static func html(_ document: Document, paper: Paper = .auto, language: String = "en") -> String {
        var out = """
            <!DOCTYPE html>
            <html lang="\(htmlEscape(language))">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(htmlEscape(document.title))</title>
            <style>
            \(css(paper: paper))
            </style>
            </head>
            <body>
            <main>
            <header>
            <h1>\(htmlEscape(document.title))</h1>

            """
        for line in document.subtitle { out += "<p class=\"subtitle\">\(htmlEscape(line))</p>\n" }
        out += "</header>\n"
        var sectionOpen = false
        for block in document.blocks {
            switch block {
            case .heading(let title):
                if sectionOpen { out += "</section>\n" }
                out += "<section>\n<h2>\(htmlEscape(title))</h2>\n"
                sectionOpen = true
            case .paragraph(let line):
                out += "<p>\(html(line))</p>\n"
            case .note(let line):
                out += "<p class=\"note\">\(html(line))</p>\n"
            case .list(let items):
                out += "<ul>\n" + items.map { "<li>\(html($0))</li>\n" }.joined() + "</ul>\n"
            case .table(let headers, let rows, let numeric):
                out += "<table>\n<thead><tr>"
                for (index, header) in headers.enumerated() {
                    out += numeric.contains(index) ? "<th class=\"num\">" : "<th>"
                    out += htmlEscape(header) + "</th>"
                }
                out += "</tr></thead>\n<tbody>\n"
                for row in rows {
                    out += "<tr>"
                    for (index, cell) in row.enumerated() {
                        out += numeric.contains(index) ? "<td class=\"num\">" : "<td>"
                        out += html(cell) + "</td>"
                    }
                    out += "</tr>\n"
                }
                out += "</tbody>\n</table>\n"
            }
        }
        if sectionOpen { out += "</section>\n" }
        out += "</main>\n</body>\n</html>\n"
        return out
    }

    private static func html(_ line: Document.Line) -> String {
        line.map { span in
            let text = htmlEscape(span.text)
            switch span.style {
            case .plain: return text
            case .strong: return "<strong>\(text)</strong>"
            case .provenance(let provenance):
                let mark = provenance == .customerStated ? "✔" : "◆"
                return "<span class=\"tag \(provenance.rawValue)\">\(mark) \(text)</span>"
            case .warning: return "<span class=\"warn\">⚠ \(text)</span>"
            case .ok: return "<span class=\"ok\">✔ \(text)</span>"
            }
        }.joined()
    }

    /// Escapes `&`, `<`, `>`, `"` and `'` so that any text is safe in element content and attribute values.
    public static func htmlEscape(_ text: String) -> String {
        // Most text holds none of the five: answer it as it is (pages escape hundreds of fields each).
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 })
        else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func css(paper: Paper) -> String {
        """
        :root { color-scheme: light; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 11pt/1.45 "Helvetica Neue", Helvetica, Arial, "Liberation Sans", sans-serif;
               color: #1b1f24; background: #fff; }
        main { max-width: 52rem; margin: 0 auto; padding: 2rem 1.5rem 3rem; }
        header { border-bottom: 2px solid #1b1f24; margin-bottom: 1.2rem; padding-bottom: .6rem; }
        h1 { font-size: 20pt; line-height: 1.2; margin: 0 0 .4rem; }
        h2 { font-size: 13.5pt; margin: 1.4rem 0 .5rem; padding-bottom: .15rem; border-bottom: 1px solid #c9ced6;
             break-after: avoid; page-break-after: avoid; }
        .subtitle { margin: .1rem 0; color: #4a525d; }
        p, ul { margin: .35rem 0 .6rem; }
        li { margin: .15rem 0; }
        table { width: 100%; border-collapse: collapse; margin: .4rem 0 .8rem; font-size: 9.5pt; }
        thead { display: table-header-group; }
        th, td { text-align: left; vertical-align: top; padding: .3rem .45rem; border-bottom: 1px solid #dde1e6;
                 overflow-wrap: break-word; }
        th { background: #f1f3f5; font-weight: 600; }
        .num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
        tr { break-inside: avoid; page-break-inside: avoid; }
        .tag { display: inline-block; font-size: 8pt; padding: 0 .35rem; margin-left: .25rem; border-radius: 3px;
               border: 1px solid; white-space: nowrap; }
        .tag.customer-stated { color: #14532d; border-color: #4d8b5f; background: #eef7f0; }
        .tag.seller-estimated { color: #7a3d00; border-color: #c98a3a; background: #fff6e8; border-style: dashed; }
        .tag.quote { color: #303a46; border-color: #8592a3; background: #f3f5f8; }
        .warn { color: #9b1c1c; font-weight: 600; }
        .ok { color: #14532d; }
        .note { border-left: 4px solid #c98a3a; background: #fff9ef; padding: .45rem .7rem; }
        section { break-inside: auto; }
        @page { size: \(paper.css); margin: 16mm 14mm 18mm; }
        @media print {
          body { font-size: 10pt; }
          main { max-width: none; padding: 0; }
          h1 { font-size: 17pt; }
          h2 { font-size: 12pt; }
          .tag, th, .note { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }
        """
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
