import Foundation
import Hummingbird
import SetaraDomain
import Yams

/// One problem with one answer, shown in the error summary (linking to the field) and beside
/// the field itself.
public struct FieldError: Sendable {
    /// The id of the input the summary links to.
    public var field: String
    public var message: String
    /// Where the summary links: the field on this page, or on an earlier page of the form.
    public var href: String
    /// The boxes of a date (`day`, `month`, `year`) that are wrong; the summary links to the first.
    public var parts: [String]

    public init(field: String, message: String, href: String? = nil, parts: [String] = []) {
        self.field = field
        self.message = message
        self.parts = parts
        self.href = href ?? "#" + field + (parts.first.map { "-" + $0 } ?? "")
    }
}

/// The page templates (`Web/templates/*.mustache`) and the words of each language
/// (`Web/text/id.yaml`, `en.yaml`). Templates escape every value they show: a name like
/// `<script>` is shown as text.
///
/// The words a template asks for (`{{t.key}}`) are written into it once per language when the
/// templates are read, so each language has its own library, and no page looks a word up while it
/// renders (docs/web.md). The templates are Mustache, rendered by `PageTemplate`.
public struct Pages: Sendable {
    let libraries: [Language: TemplateLibrary]
    let words: [Language: [String: String]]

    /// A template, or a word it asks for, that cannot be used; `Pages.load` refuses to start.
    public struct LoadError: Error, CustomStringConvertible {
        public let description: String
    }

    public static func load(folder: URL) async throws -> Pages {
        var words: [Language: [String: String]] = [:]
        for language in Language.allCases {
            let file = folder.appendingPathComponent("text/\(language.rawValue).yaml")
            let text = try String(contentsOf: file, encoding: .utf8)
            words[language] = try YAMLDecoder().decode([String: String].self, from: text)
        }
        let templates = folder.appendingPathComponent("templates")
        var libraries: [Language: TemplateLibrary] = [:]
        for language in Language.allCases { libraries[language] = TemplateLibrary() }
        for file in try FileManager.default.contentsOfDirectory(at: templates, includingPropertiesForKeys: nil)
            where file.pathExtension == "mustache" {
            let text = try String(contentsOf: file, encoding: .utf8)
            let name = file.deletingPathExtension().lastPathComponent
            for language in Language.allCases {
                let translated = try translate(text, words[language] ?? [:], file: "templates/\(file.lastPathComponent)",
                                               wordsFile: "text/\(language.rawValue).yaml")
                do {
                    libraries[language]?.add(try PageTemplate(translated, file: "templates/\(file.lastPathComponent)"), named: name)
                } catch {
                    throw LoadError(description: error.description)
                }
            }
        }
        if let (template, partial) = libraries[.id]?.missingPartial() {
            throw LoadError(description: "templates/\(template).mustache includes {{> \(partial)}}, but there is no templates/\(partial).mustache")
        }
        return Pages(libraries: libraries, words: words)
    }

    /// The template with each `{{t.key}}` replaced by the word, escaped as the tag would have
    /// escaped it. A key the language lacks is an error naming the template, the key and the file
    /// of words, rather than a blank on the page.
    static func translate(_ template: String, _ words: [String: String], file: String, wordsFile: String) throws -> String {
        var translated = ""
        var rest = Substring(template)
        while let open = rest.range(of: "{{t.") {
            guard let close = rest[open.upperBound...].range(of: "}}") else { break }
            let key = String(rest[open.upperBound..<close.lowerBound])
            guard let word = words[key] else {
                throw LoadError(description: "\(file) uses the word t.\(key), which \(wordsFile) lacks; add it there")
            }
            // A word that itself reads as a tag would be read as one; none should.
            guard !word.contains("{{"), !word.contains("}}") else {
                throw LoadError(description: "\(wordsFile): the word \(key) contains {{ or }}, which a template would read as a tag")
            }
            translated += rest[..<open.lowerBound]
            translated += HTMLEscaping.escape(word)
            rest = rest[close.upperBound...]
        }
        return translated + rest
    }

    /// The templates of one language.
    func library(_ language: Language) -> TemplateLibrary { libraries[language] ?? TemplateLibrary() }

    /// A word of the page's language; the key itself when missing (a test finds those).
    public func word(_ key: String, _ language: Language) -> String { words[language]?[key] ?? key }

    /// Renders a page inside the common layout: language switch, who is signed in, the error
    /// summary, and "Galat:"/"Error:" before the title when there are errors.
    func render(_ template: String, title: String, context: WebContext, request: Request,
                data: [String: Any] = [:], errors: [FieldError] = [], status: HTTPResponse.Status = .ok) -> Response {
        let language = context.language
        let other: Language = language == .id ? .en : .id
        let path = request.uri.path + (request.uri.query.map { "?" + $0 } ?? "")
        var page: [String: Any] = data
        if let fields = data["fields"] as? [[String: Any]] {
            // A page of one question has it as its heading (label or legend inside the h1);
            // each field is described by its hint and its error.
            let single = fields.count == 1 && (data["headingIsLabel"] as? Bool ?? false)
            page["fields"] = fields.map { field -> [String: Any] in
                var field = field
                let id = field["id"] as? String ?? ""
                field["isPageHeading"] = single
                let described = [field["hint"] != nil ? id + "-hint" : nil, field["error"] != nil ? id + "-error" : nil].compactMap { $0 }
                field["describedBy"] = described.joined(separator: " ")
                return field
            }
        }
        page["lang"] = language.rawValue
        page["title"] = title
        page["fullTitle"] = (errors.isEmpty ? "" : word("error_prefix", language) + " ") + title + " – Setara"
        page["csrf"] = context.csrfToken
        page["switchHref"] = "/language?to=\(other.rawValue)&back=" + URLQueryText.encode(path)
        page["switchLabel"] = word("switch_to", language)
        page["switchLang"] = other.rawValue
        page["errors"] = errors.map { ["field": $0.field, "message": $0.message, "href": $0.href] }
        page["hasErrors"] = !errors.isEmpty
        var byField: [String: String] = [:]
        for error in errors where byField[error.field] == nil { byField[error.field] = error.message }
        page["fieldErrors"] = byField
        if let user = context.user {
            page["user"] = ["username": user.account.username, "role": word("role_" + user.account.role.rawValue, language)]
            page["home"] = Routes.home(for: user.account.role)
        }
        let html = library(language).renderBytes(page, withTemplate: template) ?? Array("template \(template) missing".utf8)
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: html)))
    }
}

/// HTML escaping of every value a template shows, over the text's UTF-8 bytes: the five
/// characters that matter in HTML (`<`, `>`, `&`, `"`, `'`) become entities, and a text without
/// them is returned as it is (docs/web.md).
enum HTMLEscaping {
    static func escape(_ text: String) -> String {
        var copy = text
        let escaped: [UInt8]? = copy.withUTF8 { bytes in
            guard bytes.contains(where: special) else { return nil }
            var escaped: [UInt8] = []
            escaped.reserveCapacity(bytes.count + 32)
            append(bytes, to: &escaped)
            return escaped
        }
        return escaped.map { String(decoding: $0, as: UTF8.self) } ?? text
    }

    static func special(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }

    /// The text's bytes appended to `output`, each run without a special character copied whole.
    static func append(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        var start = 0
        for index in bytes.indices {
            let entity: StaticString
            switch bytes[index] {
            case UInt8(ascii: "<"): entity = "&lt;"
            case UInt8(ascii: ">"): entity = "&gt;"
            case UInt8(ascii: "&"): entity = "&amp;"
            case UInt8(ascii: "\""): entity = "&quot;"
            case UInt8(ascii: "'"): entity = "&#39;"
            default: continue
            }
            output += UnsafeBufferPointer(rebasing: bytes[start..<index])
            output += UnsafeBufferPointer(start: entity.utf8Start, count: entity.utf8CodeUnitCount)
            start = index + 1
        }
        output += UnsafeBufferPointer(rebasing: bytes[start...])
    }
}

/// A value put into a link's query: every UTF-8 byte but ASCII letters and digits as `%XX`.
/// (Foundation's percent-encoding goes through CFString, a fiftieth of a page's work.)
enum URLQueryText {
    static func encode(_ text: String) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var encoded: [UInt8] = []
        encoded.reserveCapacity(text.utf8.count * 3)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                encoded.append(byte)
            default:
                encoded += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: encoded, as: UTF8.self)
    }
}
