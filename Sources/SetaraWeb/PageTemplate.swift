import Foundation

/// A page template (`Web/templates/*.mustache`), read once when the server starts and rendered
/// at every request: the Mustache tags the pages use, and nothing else.
///
/// - `{{name}}`: the value, HTML-escaped (`HTMLEscaping`); `{{{name}}}` or `{{& name}}` unescaped.
///   A name is looked up in the innermost section's value, then outward to the page's data;
///   `a.b` looks up `a` so, then `b` in it; `{{.}}` is the section's value itself.
/// - `{{#name}}…{{/name}}`: shown once for `true` or any other value (which the inside may name),
///   once per element of a list, never for `false`, a missing name, `nil` or an empty list;
///   `{{^name}}…{{/name}}` shown exactly when `{{#name}}` would not be.
/// - `{{> name}}`: another template of the same library; `{{! …}}`: a comment.
/// - A line holding nothing but one section, closing, partial or comment tag leaves no line
///   behind it, as the Mustache specification says.
///
/// Setara renders its own templates rather than through swift-mustache (which read the same
/// files), because that library looks up each name through several dynamic casts to protocols,
/// at every level of the template's context, and splits the name into parts each time: over half
/// the processor time of a match page under load went there (docs/web.md, "Templates"). Here the
/// names are split once, when the template is read, and a value is looked up in the page's
/// dictionaries with a few casts to concrete types. Anything else a template might write (a
/// change of delimiters, a pragma, a lambda) is refused when it is read, with its file and line.
struct PageTemplate: Sendable {
    indirect enum Node: Sendable {
        /// Text as it stands in the file, as the UTF-8 bytes the page is written in.
        case text([UInt8])
        case value(Name, escaped: Bool)
        case section(Name, [Node])
        case inverted(Name, [Node])
        case partial(String)
    }

    /// A name as the template writes it, split into its parts once: `.` has none.
    struct Name: Sendable {
        let parts: [String]

        init(_ written: Substring) {
            parts = written == "." ? [] : written.split(separator: ".").map(String.init)
        }
    }

    /// A template that cannot be read: the file, the line and what is wrong.
    struct ReadError: Error, CustomStringConvertible {
        let description: String
    }

    let nodes: [Node]
    /// The partials it names, checked against the library when all templates are read.
    let partials: Set<String>

    init(_ text: String, file: String) throws(ReadError) {
        var built = Builder(file: file)
        var lineNumber = 0
        var rest = Substring(text)
        while !rest.isEmpty {
            lineNumber += 1
            let end = rest.firstIndex(of: "\n").map { rest.index(after: $0) } ?? rest.endIndex
            try built.add(line: rest[..<end], number: lineNumber)
            rest = rest[end...]
        }
        nodes = try built.finish()
        partials = built.partials
    }

    // MARK: Reading

    private enum Tag {
        case value(Substring, escaped: Bool)
        case open(Substring), inverted(Substring), close(Substring), partial(Substring), comment

        /// A tag that, alone on its line, takes the line with it.
        var standsAlone: Bool {
            if case .value = self { return false }
            return true
        }
    }

    private enum Piece {
        case text(Substring)
        case tag(Tag)
    }

    private struct Builder {
        let file: String
        /// The template, then each section open at this point: its name, whether inverted, where.
        var levels: [(name: Substring, inverted: Bool, line: Int, nodes: [Node])] = [("", false, 0, [])]
        var partials: Set<String> = []

        init(file: String) { self.file = file }

        func error(_ line: Int, _ problem: String) -> ReadError {
            ReadError(description: "\(file), line \(line): \(problem)")
        }

        /// One line of the template, with its line ending.
        mutating func add(line: Substring, number: Int) throws(ReadError) {
            var pieces: [Piece] = []
            var rest = line
            while let open = rest.range(of: "{{") {
                if open.lowerBound > rest.startIndex { pieces.append(.text(rest[..<open.lowerBound])) }
                let triple = rest[open.upperBound...].hasPrefix("{")
                let closing = triple ? "}}}" : "}}"
                let inside = triple ? rest.index(after: open.upperBound) : open.upperBound
                guard let close = rest[inside...].range(of: closing) else {
                    throw error(number, "a tag opened with {{ is not closed on the same line")
                }
                pieces.append(.tag(try tag(rest[inside..<close.lowerBound], triple: triple, line: number)))
                rest = rest[close.upperBound...]
            }
            if !rest.isEmpty { pieces.append(.text(rest)) }

            let tags = pieces.compactMap { piece -> Tag? in if case .tag(let tag) = piece { tag } else { nil } }
            let blank = pieces.allSatisfy { piece in
                if case .text(let text) = piece { text.allSatisfy(\.isWhitespace) } else { true }
            }
            if tags.count == 1, tags[0].standsAlone, blank {
                try place(tags[0], line: number)
            } else {
                for piece in pieces {
                    switch piece {
                    case .text(let text): levels[levels.count - 1].nodes.append(.text(Array(text.utf8)))
                    case .tag(let tag): try place(tag, line: number)
                    }
                }
            }
        }

        func tag(_ inside: Substring, triple: Bool, line: Int) throws(ReadError) -> Tag {
            let body = inside.trimmingCharacters(in: .whitespaces)
            if triple { return .value(try name(Substring(body), line), escaped: false) }
            guard let first = body.first else { throw error(line, "an empty tag {{}}") }
            let named = Substring(body.dropFirst().trimmingCharacters(in: .whitespaces))
            switch first {
            case "#": return .open(try name(named, line))
            case "^": return .inverted(try name(named, line))
            case "/": return .close(try name(named, line))
            case ">": return .partial(try name(named, line))
            case "&": return .value(try name(named, line), escaped: false)
            case "!": return .comment
            case "=", "%", "$", "<":
                throw error(line, "the tag {{\(body)}} is not one Setara's templates use (names, sections, partials, comments)")
            default: return .value(try name(Substring(body), line), escaped: true)
            }
        }

        func name(_ text: Substring, _ line: Int) throws(ReadError) -> Substring {
            guard !text.isEmpty, text == "." || !text.split(separator: ".", omittingEmptySubsequences: false).contains(where: \.isEmpty),
                  !text.contains(where: \.isWhitespace) else {
                throw error(line, "\"\(text)\" is not a name a tag can use (letters, digits and _, parts joined by dots)")
            }
            return text
        }

        mutating func place(_ tag: Tag, line: Int) throws(ReadError) {
            switch tag {
            case .value(let name, let escaped):
                levels[levels.count - 1].nodes.append(.value(Name(name), escaped: escaped))
            case .open(let name):
                levels.append((name, false, line, []))
            case .inverted(let name):
                levels.append((name, true, line, []))
            case .close(let name):
                guard levels.count > 1, let open = levels.last else {
                    throw error(line, "{{/\(name)}} closes a section that was not opened")
                }
                guard open.name == name else {
                    throw error(line, "{{/\(name)}} closes the section {{\(open.inverted ? "^" : "#")\(open.name)}} of line \(open.line)")
                }
                levels.removeLast()
                levels[levels.count - 1].nodes.append(open.inverted ? .inverted(Name(name), open.nodes) : .section(Name(name), open.nodes))
            case .partial(let name):
                partials.insert(String(name))
                levels[levels.count - 1].nodes.append(.partial(String(name)))
            case .comment:
                break
            }
        }

        func finish() throws(ReadError) -> [Node] {
            if levels.count > 1, let open = levels.last {
                throw error(open.line, "the section {{\(open.inverted ? "^" : "#")\(open.name)}} is never closed")
            }
            return levels[0].nodes
        }
    }
}

/// The templates of one language, by name (the file's name without `.mustache`).
struct TemplateLibrary: Sendable {
    private(set) var templates: [String: PageTemplate] = [:]

    mutating func add(_ template: PageTemplate, named name: String) {
        templates[name] = template
    }

    /// Every partial a template names exists; otherwise the first that does not, with who names it.
    func missingPartial() -> (template: String, partial: String)? {
        for (name, template) in templates.sorted(by: { $0.key < $1.key }) {
            if let missing = template.partials.sorted().first(where: { templates[$0] == nil }) { return (name, missing) }
        }
        return nil
    }

    /// The page as the UTF-8 bytes sent, or nil when there is no such template.
    func renderBytes(_ data: [String: Any], withTemplate name: String) -> [UInt8]? {
        guard let template = templates[name] else { return nil }
        var rendering = Rendering(library: self, stack: [.object(data)])
        rendering.output.reserveCapacity(16 * 1024)
        rendering.render(template.nodes)
        return rendering.output
    }

    /// The page as text, or nil when there is no such template.
    func render(_ data: [String: Any], withTemplate name: String) -> String? {
        renderBytes(data, withTemplate: name).map { String(decoding: $0, as: UTF8.self) }
    }
}

/// One page being written: the values of the sections it is inside, innermost last.
private struct Rendering {
    enum Frame {
        case object([String: Any])
        case value(Any)
    }

    let library: TemplateLibrary
    var stack: [Frame]
    /// The page so far, as UTF-8: appending bytes, escaped as they are copied, costs less than
    /// making a String of each escaped value and appending Strings.
    var output: [UInt8] = []
    /// Partials inside partials, to stop a template that names itself from running forever.
    var depth = 0

    mutating func render(_ nodes: [PageTemplate.Node]) {
        for node in nodes {
            switch node {
            case .text(let text):
                output += text
            case .value(let name, let escaped):
                guard let value = look(up: name), var text = Self.text(value) else { continue }
                if escaped {
                    text.withUTF8 { HTMLEscaping.append($0, to: &output) }
                } else {
                    output += text.utf8
                }
            case .section(let name, let inner):
                guard let value = look(up: name) else { continue }
                if let shown = value as? Bool {
                    if shown { render(inner) }
                } else if let list = value as? [[String: Any]] {
                    for item in list { within(.object(item), inner) }
                } else if let list = value as? [String] {
                    for item in list { within(.value(item), inner) }
                } else if let list = value as? [Any] {
                    for item in list { within(Self.frame(item), inner) }
                } else if !Self.isNil(value) {
                    within(Self.frame(value), inner)
                }
            case .inverted(let name, let inner):
                if !Self.isShown(look(up: name)) { render(inner) }
            case .partial(let name):
                guard depth < 16, let template = library.templates[name] else { continue }
                depth += 1
                render(template.nodes)
                depth -= 1
            }
        }
    }

    mutating func within(_ frame: Frame, _ inner: [PageTemplate.Node]) {
        stack.append(frame)
        render(inner)
        stack.removeLast()
    }

    /// The first part of a name from the innermost section that has it, the rest inside that.
    func look(up name: PageTemplate.Name) -> Any? {
        guard let first = name.parts.first else {
            switch stack.last {
            case .object(let object): return object
            case .value(let value): return value
            case nil: return nil
            }
        }
        var found: Any?
        for frame in stack.reversed() {
            if case .object(let object) = frame, let value = object[first] {
                found = value
                break
            }
        }
        for part in name.parts.dropFirst() {
            guard let object = found as? [String: Any] else { return nil }
            found = object[part]
        }
        return found
    }

    static func frame(_ value: Any) -> Frame {
        if let object = value as? [String: Any] { return .object(object) }
        return .value(value)
    }

    /// What a section of this value shows: nothing for false, nil and an empty list.
    static func isShown(_ value: Any?) -> Bool {
        guard let value else { return false }
        if let shown = value as? Bool { return shown }
        if let list = value as? [[String: Any]] { return !list.isEmpty }
        if let list = value as? [String] { return !list.isEmpty }
        if let list = value as? [Any] { return !list.isEmpty }
        return !isNil(value)
    }

    static func isNil(_ value: Any) -> Bool {
        (value as? any OptionalValue)?.isNone ?? false
    }

    /// The text of a value; nil for an optional without one.
    static func text(_ value: Any) -> String? {
        if let text = value as? String { return text }
        if let number = value as? Int { return String(number) }
        if isNil(value) { return nil }
        return String(describing: value)
    }
}

/// An optional put in a page's data: `nil` shows nothing, as a missing name does.
private protocol OptionalValue {
    var isNone: Bool { get }
}

extension Optional: OptionalValue {
    var isNone: Bool { self == nil }
}
