// libyaml, as built inside Yams: its event parser is the only way to look at a YAML text's
// anchors, aliases and depth before Yams composes (and hashes) the nodes. Imported here only.
import CYaml
import Yams

/// Checks a YAML import file before it is composed: no anchors or aliases, no deep nesting.
///
/// Aliases are refused rather than counted: a file under 1 KB whose aliases nest ten deep
/// stands for a billion values, and Yams hashes a mapping's keys, aliases expanded, while it
/// composes, before any limit set afterwards could act. Import files never need them: each
/// record is written out in full, as `setara export` writes it.
enum YAMLGuard {
    /// Import records nest five deep at most (file, list, record, profile, rating); 32 leaves
    /// room for any hand-written layout and keeps the composer's recursion short.
    static let maximumDepth = 32

    struct Refusal: Error {
        var line: Int
        var column: Int
        var detail: SourceError.Detail
    }

    /// Throws at the first anchor, alias or level too deep. A syntax error ends the check quietly:
    /// composing the file reports it, with its line and column.
    static func check(_ text: String) throws(Refusal) {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return }
        defer { yaml_parser_delete(&parser) }
        let bytes = Array(text.utf8)
        var refusal: Refusal?
        bytes.withUnsafeBufferPointer { buffer in
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var depth = 0
            var event = yaml_event_t()
            while refusal == nil, yaml_parser_parse(&parser, &event) == 1 {
                defer { yaml_event_delete(&event) }
                let mark = event.start_mark
                func refuse(_ detail: SourceError.Detail) {
                    refusal = Refusal(line: Int(mark.line) + 1, column: Int(mark.column) + 1, detail: detail)
                }
                switch event.type {
                case YAML_STREAM_END_EVENT:
                    return
                case YAML_ALIAS_EVENT:
                    refuse(.aliases)
                case YAML_SCALAR_EVENT:
                    if event.data.scalar.anchor != nil { refuse(.aliases) }
                case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                    let anchor = event.type == YAML_SEQUENCE_START_EVENT ? event.data.sequence_start.anchor : event.data.mapping_start.anchor
                    depth += 1
                    if anchor != nil {
                        refuse(.aliases)
                    } else if depth > maximumDepth {
                        refuse(.nested(maximumDepth))
                    }
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                    depth -= 1
                default:
                    break
                }
            }
        }
        if let refusal { throw refusal }
    }

    /// Where a Yams error is and what it says, without the lines of the file that Yams's own
    /// description prints (they hold NIKs and disability categories).
    static func place(of error: YamlError) -> (line: Int?, column: Int?, detail: SourceError.Detail) {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            if problem.contains("nesting level") { return (mark.line, mark.column, .nested(maximumDepth)) }
            return (mark.line, mark.column, .yaml(problem))
        case .reader(let problem, let offset, _, let yaml):
            guard let offset else { return (nil, nil, .yaml(problem)) }
            // The offset counts characters; the line and column are counted the same way.
            var line = 1, column = 1
            for character in yaml.prefix(offset) {
                if character == "\n" || character == "\r\n" { line += 1; column = 1 } else { column += 1 }
            }
            return (line, column, .yaml(problem))
        case .duplicatedKeysInMapping(let duplicates, let context):
            return (context.mark.line, context.mark.column, .duplicateKey(duplicates.first ?? "", in: "mapping"))
        case .memory:
            return (nil, nil, .yaml("out of memory"))
        default:
            return (nil, nil, .yaml("not readable as YAML"))
        }
    }
}
