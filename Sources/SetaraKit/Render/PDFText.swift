import Foundation

/// A small writer of text-only PDF documents (PDF 1.4): paragraphs wrapped to the page width,
/// as many A4 pages as they need, in Helvetica and Helvetica-Bold, two of the standard Type 1
/// fonts every PDF reader has (nothing is embedded), with WinAnsiEncoding, which holds every
/// letter Indonesian and English use. No PDF library is in the package set, and a letter needs
/// nothing more; streams are left uncompressed so that a test can read the text back.
///
/// Characters WinAnsiEncoding lacks are written as "?" rather than dropped.
public struct PDFText: Sendable {
    public enum Style: Sendable {
        case title, heading, body, small

        var size: Double {
            switch self {
            case .title: return 16
            case .heading: return 12
            case .body: return 10.5
            case .small: return 8.5
            }
        }

        var bold: Bool { self == .title || self == .heading }
    }

    struct Paragraph: Sendable {
        var text: String
        var style: Style
        var indent: Double
        var spaceBefore: Double
        var newPage: Bool
    }

    public static let pageWidth = 595.0, pageHeight = 842.0
    public static let margin = 56.0

    public var title: String
    /// The document's language as BCP 47 (`id`, `en`), for screen readers.
    public var language: String
    /// A line at the foot of each page; `{page}` and `{pages}` are filled in.
    public var footer: String?
    var paragraphs: [Paragraph] = []

    public init(title: String, language: String, footer: String? = nil) {
        self.title = title
        self.language = language
        self.footer = footer
    }

    /// A paragraph, wrapped to the width left after `indent` points.
    public mutating func add(_ text: String, style: Style = .body, indent: Double = 0, spaceBefore: Double = 4) {
        paragraphs.append(Paragraph(text: text, style: style, indent: indent, spaceBefore: spaceBefore, newPage: false))
    }

    /// Starts the next paragraph on a new page.
    public mutating func pageBreak() {
        paragraphs.append(Paragraph(text: "", style: .body, indent: 0, spaceBefore: 0, newPage: true))
    }

    // MARK: Layout

    /// One line placed on a page.
    struct Placed: Equatable {
        var text: [UInt8]
        var style: Style
        var x: Double
        var y: Double
    }

    /// The lines of every page.
    func layout() -> [[Placed]] {
        let top = Self.pageHeight - Self.margin
        let bottom = Self.margin + (footer == nil ? 0 : 18)
        var pages: [[Placed]] = [[]]
        var y = top
        for paragraph in paragraphs {
            if paragraph.newPage {
                if !pages[pages.count - 1].isEmpty { pages.append([]); y = top }
                continue
            }
            let leading = paragraph.style.size * 1.35
            let width = Self.pageWidth - 2 * Self.margin - paragraph.indent
            let lines = Self.wrap(Self.winAnsi(paragraph.text), width: width, style: paragraph.style)
            if !pages[pages.count - 1].isEmpty { y -= paragraph.spaceBefore }
            for line in lines {
                if y - leading < bottom {
                    pages.append([])
                    y = top
                }
                y -= leading
                pages[pages.count - 1].append(Placed(text: line, style: paragraph.style, x: Self.margin + paragraph.indent, y: y))
            }
        }
        return pages
    }

    /// Splits encoded text into lines no wider than `width`: at spaces, and inside a word only
    /// when the word alone is wider than the line. A newline in the text starts a new line.
    static func wrap(_ text: [UInt8], width: Double, style: Style) -> [[UInt8]] {
        var lines: [[UInt8]] = []
        for hard in text.split(separator: 0x0A, omittingEmptySubsequences: false) {
            var line: [UInt8] = []
            for word in hard.split(separator: 0x20) {
                let candidate = line.isEmpty ? Array(word) : line + [0x20] + word
                if measure(candidate, style) <= width {
                    line = candidate
                    continue
                }
                if !line.isEmpty { lines.append(line); line = [] }
                var rest = Array(word)
                while measure(rest, style) > width, rest.count > 1 {
                    var cut = rest.count - 1
                    while cut > 1, measure(Array(rest[..<cut]), style) > width { cut -= 1 }
                    lines.append(Array(rest[..<cut]))
                    rest = Array(rest[cut...])
                }
                line = rest
            }
            lines.append(line)
        }
        return lines
    }

    /// The width in points of encoded text. Helvetica-Bold is measured with Helvetica's widths
    /// and a tenth more: its glyphs are at most that much wider, so a line never overflows.
    static func measure(_ text: [UInt8], _ style: Style) -> Double {
        let units = text.reduce(0) { $0 + width(of: $1) }
        return Double(units) * style.size / 1000 * (style.bold ? 1.1 : 1)
    }

    /// Helvetica's advance widths (in 1/1000 em) for printable ASCII, from its AFM metrics.
    private static let asciiWidths: [Int] = [
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space to /
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0 to ?
        1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ to O
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P to _
        333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` to o
        556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, // p to ~
    ]

    static func width(of byte: UInt8) -> Int {
        if byte >= 0x20 && byte <= 0x7E { return asciiWidths[Int(byte) - 0x20] }
        // Beyond ASCII (accented letters, dashes, quotes): the widest of their kind, so that a line never overflows.
        return byte == 0xA0 ? 278 : 1000
    }

    // MARK: Encoding

    /// Unicode to WinAnsiEncoding (Windows-1252): Latin-1 maps to itself, and the 0x80-0x9F
    /// block holds the typographic marks; what it lacks becomes "?". Tabs and other control
    /// characters become spaces; a newline is kept.
    static func winAnsi(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            let v = scalar.value
            switch v {
            case 0x0A: out.append(0x0A)
            case 0x00..<0x20, 0x7F: out.append(0x20)
            case 0x20..<0x7F, 0xA0...0xFF: out.append(UInt8(v))
            default: out.append(windows1252[v] ?? UInt8(ascii: "?"))
            }
        }
        return out
    }

    private static let windows1252: [UInt32: UInt8] = [
        0x20AC: 0x80, 0x201A: 0x82, 0x0192: 0x83, 0x201E: 0x84, 0x2026: 0x85, 0x2020: 0x86, 0x2021: 0x87, 0x02C6: 0x88,
        0x2030: 0x89, 0x0160: 0x8A, 0x2039: 0x8B, 0x0152: 0x8C, 0x017D: 0x8E, 0x2018: 0x91, 0x2019: 0x92, 0x201C: 0x93,
        0x201D: 0x94, 0x2022: 0x95, 0x2013: 0x96, 0x2014: 0x97, 0x02DC: 0x98, 0x2122: 0x99, 0x0161: 0x9A, 0x203A: 0x9B,
        0x0153: 0x9C, 0x017E: 0x9E, 0x0178: 0x9F,
    ]

    /// A PDF literal string's bytes: `(`, `)` and `\` escaped, bytes beyond ASCII as octal escapes.
    static func literal(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [UInt8(ascii: "(")]
        for b in bytes {
            switch b {
            case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "\\"):
                out += [UInt8(ascii: "\\"), b]
            case 0x20...0x7E:
                out.append(b)
            default:
                let octal = String(b, radix: 8)
                out += Array(("\\" + String(repeating: "0", count: 3 - octal.count) + octal).utf8)
            }
        }
        out.append(UInt8(ascii: ")"))
        return out
    }

    /// A text string for the document information (title): UTF-16BE with its byte-order mark, in hex.
    static func textString(_ text: String) -> String {
        "<FEFF" + text.utf16.map { String(format: "%04X", $0) }.joined() + ">"
    }

    static func number(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.2f", rounded)
    }

    // MARK: Writing

    /// The whole file.
    public func render() -> [UInt8] {
        let pages = layout()
        // Objects: 1 catalog, 2 page tree, 3 regular font, 4 bold font, 5 information, then a
        // page and its content stream for each page.
        var objects: [[UInt8]] = []
        let pageIDs = pages.indices.map { 6 + 2 * $0 }
        objects.append(Array("<< /Type /Catalog /Pages 2 0 R /Lang \(Self.textString(language)) >>".utf8))
        objects.append(Array("<< /Type /Pages /Kids [\(pageIDs.map { "\($0) 0 R" }.joined(separator: " "))] /Count \(pages.count) >>".utf8))
        objects.append(Array("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>".utf8))
        objects.append(Array("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>".utf8))
        objects.append(Array("<< /Title \(Self.textString(title)) /Producer (Setara) >>".utf8))
        for (index, lines) in pages.enumerated() {
            var content: [UInt8] = []
            for line in lines {
                content += Array("BT /\(line.style.bold ? "F2" : "F1") \(Self.number(line.style.size)) Tf \(Self.number(line.x)) \(Self.number(line.y)) Td ".utf8)
                content += Self.literal(line.text) + Array(" Tj ET\n".utf8)
            }
            if let footer {
                let text = Self.winAnsi(footer.replacingOccurrences(of: "{page}", with: String(index + 1))
                    .replacingOccurrences(of: "{pages}", with: String(pages.count)))
                content += Array("BT /F1 \(Self.number(Style.small.size)) Tf \(Self.number(Self.margin)) \(Self.number(Self.margin - 4)) Td ".utf8)
                content += Self.literal(text) + Array(" Tj ET\n".utf8)
            }
            objects.append(Array("""
                << /Type /Page /Parent 2 0 R /MediaBox [0 0 \(Self.number(Self.pageWidth)) \(Self.number(Self.pageHeight))] \
                /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents \(pageIDs[index] + 1) 0 R >>
                """.utf8))
            // The end of line before `endstream` is not part of the stream's length.
            objects.append(Array("<< /Length \(content.count) >>\nstream\n".utf8) + content + Array("\nendstream".utf8))
        }
        // The header's second line marks the file as binary for programs that would guess.
        var out: [UInt8] = Array("%PDF-1.4\n%".utf8) + [0xE2, 0xE3, 0xCF, 0xD3, 0x0A]
        var offsets: [Int] = []
        for (index, body) in objects.enumerated() {
            offsets.append(out.count)
            out += Array("\(index + 1) 0 obj\n".utf8) + body + Array("\nendobj\n".utf8)
        }
        let xref = out.count
        var table = "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { table += String(repeating: "0", count: 10 - String(offset).count) + String(offset) + " 00000 n \n" }
        table += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R /Info 5 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        out += Array(table.utf8)
        return out
    }
}
