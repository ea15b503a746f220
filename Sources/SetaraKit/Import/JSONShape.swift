import Foundation

/// Checks a JSON import file's structure before it is decoded: JSONDecoder keeps one of two
/// equal keys in an object without a word (a record with `name` twice would lose one), and
/// decodes nested values by recursion (a file of 100,000 `[` would use up the stack).
///
/// This is no parser: it finds strings, brackets and commas, and leaves every other error of
/// a file that is not JSON to the decoder.
enum JSONShape {
    /// Import records nest five deep at most (file, list, record, profile, rating).
    static let maximumDepth = 32

    struct Refusal: Error {
        var line: Int
        var detail: SourceError.Detail
    }

    static func check(_ bytes: [UInt8]) throws(Refusal) {
        let quote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\"), lf = UInt8(ascii: "\n")
        // For each open object, the keys it has so far; for each open array, nil.
        var open: [Set<ArraySlice<UInt8>>?] = []
        var expectKey = false
        var line = 1
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            switch byte {
            case lf:
                line += 1
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                open.append(byte == UInt8(ascii: "{") ? [] : nil)
                if open.count > maximumDepth { throw Refusal(line: line, detail: .nested(maximumDepth)) }
                expectKey = byte == UInt8(ascii: "{")
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                guard open.popLast() != nil else { return }
                expectKey = false
            case UInt8(ascii: ","):
                expectKey = open.last.map { $0 != nil } ?? false
            case UInt8(ascii: ":"):
                expectKey = false
            case quote:
                var end = index + 1
                var escaped = false
                while end < count && bytes[end] != quote {
                    if bytes[end] == backslash { escaped = true; end += 1 }
                    if end < count && bytes[end] == lf { line += 1 }
                    end += 1
                }
                guard end < count else { return }
                if expectKey, let last = open.indices.last, open[last] != nil {
                    let key = escaped ? unescaped(bytes[index...end]) : bytes[(index + 1)..<end]
                    guard open[last]!.insert(key).inserted else {
                        throw Refusal(line: line, detail: .duplicateKey(String(decoding: key, as: UTF8.self), in: "object"))
                    }
                    expectKey = false
                }
                index = end
            default:
                break
            }
            index += 1
        }
    }

    /// A key written with escapes (`"n\u0061me"`), as the decoder will read it.
    private static func unescaped(_ literal: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        guard let text = try? JSONDecoder().decode(String.self, from: Data(literal)) else { return literal.dropFirst().dropLast() }
        return ArraySlice(text.utf8)
    }
}
