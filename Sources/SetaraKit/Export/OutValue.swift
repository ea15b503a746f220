import Foundation

/// An ordered value tree for JSON output: fields come out in the documented order.
public enum OutValue: Encodable, Sendable {
    case null
    case text(String)
    case int(Int)
    /// A figure that may hold a fraction (a rate, a weighted count).
    case decimal(Double)
    case bool(Bool)
    case list([OutValue])
    case object([(String, OutValue)])

    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .null:
            var c = encoder.singleValueContainer()
            try c.encodeNil()
        case .text(let text):
            var c = encoder.singleValueContainer()
            try c.encode(text)
        case .int(let number):
            var c = encoder.singleValueContainer()
            try c.encode(number)
        case .decimal(let number):
            var c = encoder.singleValueContainer()
            try c.encode(number)
        case .bool(let flag):
            var c = encoder.singleValueContainer()
            try c.encode(flag)
        case .list(let items):
            var c = encoder.unkeyedContainer()
            for item in items { try c.encode(item) }
        case .object(let fields):
            var c = encoder.container(keyedBy: Key.self)
            for (key, value) in fields { try c.encode(value, forKey: Key(stringValue: key)) }
        }
    }

    /// The value as one CSV cell: lists joined with "; ".
    public var cell: String {
        switch self {
        case .null: return ""
        case .text(let text): return text
        case .int(let number): return String(number)
        case .decimal(let number): return number == number.rounded() ? String(Int(number)) : String(number)
        case .bool(let flag): return flag ? "yes" : "no"
        case .list(let items): return items.map(\.cell).joined(separator: "; ")
        case .object: return ""
        }
    }

    static func optional(_ text: String?) -> OutValue { text.map(OutValue.text) ?? .null }
    static func optional(_ number: Int?) -> OutValue { number.map(OutValue.int) ?? .null }
    static func texts(_ items: [String]) -> OutValue { .list(items.map(OutValue.text)) }
}

public enum CSVText {
    /// One CSV line (RFC 4180 quoting), without the line break.
    public static func line(_ cells: [String]) -> String {
        cells.map { cell in
            if cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == ";" }) {
                return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            }
            return cell
        }.joined(separator: ",")
    }
}

extension OutValue {
    /// The value as importer input, so that an update can re-read a stored record with changes.
    public var fieldValue: FieldValue {
        switch self {
        case .null: return .null
        case .text(let text): return .text(text)
        case .int(let number): return .text(String(number))
        case .decimal: return .text(cell)
        case .bool(let flag): return .text(flag ? "yes" : "no")
        case .list(let items): return .list(items.map(\.fieldValue))
        case .object(let fields): return .map(Dictionary(fields.map { ($0.0, $0.1.fieldValue) }, uniquingKeysWith: { a, _ in a }))
        }
    }
}
