import Foundation
import SetaraDomain
import Yams

/// A record as it comes in from any file format, before it is checked: YAML and JSON give
/// trees, a CSV row gives flat text. The converters read fields from it by name and collect
/// every problem instead of stopping at the first.
public enum FieldValue: Sendable, Equatable {
    case null
    case text(String)
    case list([FieldValue])
    case map([String: FieldValue])
    /// A CSV row: its cells by column position, the column names shared by the whole file (a
    /// dictionary per row cost more than checking the row did, for 100,000 rows).
    case row(CSVRow)

    /// The value of one field of a record (`.map` or `.row`), nil when absent or empty.
    public func field(_ key: String) -> FieldValue? {
        switch self {
        case .map(let map): return map[key]
        case .row(let row):
            // A row may stop short of the header (trailing empty cells left off): missing cells are empty.
            guard let position = row.columns.position[key], position < row.cells.count else { return nil }
            return row.cells[position].map(FieldValue.text)
        default: return nil
        }
    }

    public init(yaml node: Node) {
        switch node {
        case .scalar(let scalar):
            if scalar.style == .plain, ["", "~", "null", "Null", "NULL"].contains(scalar.string) {
                self = .null
            } else {
                self = .text(scalar.string)
            }
        case .mapping(let mapping):
            var map: [String: FieldValue] = [:]
            for (key, value) in mapping { map[key.string ?? "\(key)"] = FieldValue(yaml: value) }
            self = .map(map)
        case .sequence(let sequence):
            self = .list(sequence.map(FieldValue.init(yaml:)))
        case .alias:
            self = .null
        }
    }

    /// The same record with its field names as ids: an Indonesian name (`nama`, `tanggal_lahir`,
    /// `kebutuhan`) becomes the field's id, here and inside `consent` and each rating of `profile`.
    /// A name given in both languages keeps both, and the record's check refuses the second.
    public func withFieldIDs() -> FieldValue {
        guard case .map(let map) = self else { return self }
        var renamed: [String: FieldValue] = [:]
        for (key, value) in map {
            let id = FieldNames.id(key)
            let target = id != key && map[id] != nil ? key : id
            switch (target, value) {
            case ("consent", .map):
                renamed[target] = value.withFieldIDs()
            case ("profile", .map(let ratings)):
                renamed[target] = .map(ratings.mapValues { $0.withFieldIDs() })
            default:
                renamed[target] = value
            }
        }
        return .map(renamed)
    }

    var isMap: Bool {
        if case .map = self { return true }
        return false
    }

    /// The text of a `.text` value, trimmed; nil when absent or empty.
    public var text: String? {
        if case .text(let text) = self {
            let trimmed = text.trimmed
            return trimmed.isEmpty ? nil : trimmed
        }
        return nil
    }
}

/// Reads typed fields out of a record, collecting issues. Field names are the file names
/// (`birth_date`), so the messages point at what the person wrote.
struct FieldReader {
    let value: FieldValue
    var issues: [ValidationIssue] = []

    init(_ value: FieldValue) {
        self.value = value
    }

    init(fields: [String: FieldValue]) {
        value = .map(fields)
    }

    subscript(key: String) -> FieldValue? { value.field(key) }

    /// The names of the fields the record has.
    var keys: [String] {
        switch value {
        case .map(let map): return Array(map.keys)
        case .row(let row): return row.cells.indices.compactMap { row.cells[$0] == nil ? nil : row.columns.names[$0] }
        default: return []
        }
    }

    /// Reports fields the record has but nobody reads: a misspelt column loses data silently otherwise.
    mutating func rejectUnknown(known: Set<String>, expected: [String], dimensions: Bool = false) {
        var unknown: [String]
        if case .row(let row) = value {
            // The file's columns were checked once against the same names when it was read.
            unknown = row.columns.unknown.filter { $0 < row.cells.count && row.cells[$0] != nil }.map { row.columns.names[$0] }
            // A value under a column with no name would be lost as surely as one under a misspelt name.
            for position in row.columns.unnamed where position < row.cells.count && !(row.cells[position]?.trimmed.isEmpty ?? true) {
                issues.append(.init(field: "column \(position + 1)", problem: .unnamedColumn))
            }
        } else {
            unknown = keys.filter { !known.contains($0) && self[$0] != .null }
        }
        for key in unknown.sorted() {
            issues.append(.init(field: key, problem: .unknownField(expected: expected, dimensions: dimensions)))
        }
    }

    func has(_ key: String) -> Bool {
        switch self[key] {
        case .none, .null?: return false
        case .text(let t)?: return !t.trimmed.isEmpty
        default: return true
        }
    }

    mutating func text(_ key: String, required: Bool = false) -> String? {
        text(self[key], key: key, required: required)
    }

    /// The value of a CSV row's cell by column position (nil when the row is not a CSV row or
    /// the cell is empty or missing), for fields whose position the file's columns already know.
    func cell(_ position: Int?) -> FieldValue? {
        guard case .row(let row) = value, let position, position < row.cells.count else { return nil }
        return row.cells[position].map(FieldValue.text)
    }

    /// Reads `field`, already found, as the text of field `key`.
    mutating func text(_ field: FieldValue?, key: String, required: Bool = false) -> String? {
        switch field {
        case .text?:
            if let value = field?.text { return value }
        case .list?, .map?, .row?:
            issues.append(.init(field: key, problem: .unreadable(detail: "expected a single value")))
            return nil
        default: break
        }
        if required { issues.append(.init(field: key, problem: .missing)) }
        return nil
    }

    mutating func int(_ key: String, _ range: ClosedRange<Int>, required: Bool = false) -> Int? {
        guard let raw = text(key, required: required) else { return nil }
        switch WholeNumber(raw) {
        case .value(let value) where range.contains(value):
            return value
        case .fraction:
            issues.append(.init(field: key, problem: .decimal(value: raw, range: range)))
        default:
            issues.append(.init(field: key, problem: .number(value: raw, range: range)))
        }
        return nil
    }

    mutating func bool(_ key: String) -> Bool? {
        guard let raw = text(key) else { return nil }
        guard let flag = YesNo.parse(raw) else {
            issues.append(.init(field: key, problem: .notOneOf(value: raw, allowed: ["yes", "no"])))
            return nil
        }
        return flag
    }

    mutating func day(_ key: String, required: Bool = false) -> Day? {
        day(self[key], key: key, required: required)
    }

    mutating func day(_ field: FieldValue?, key: String, required: Bool = false) -> Day? {
        guard let raw = text(field, key: key, required: required) else { return nil }
        guard let day = Day(parsing: raw) else {
            issues.append(.init(field: key, problem: .date))
            return nil
        }
        return day
    }

    mutating func choice<E: RawRepresentable & CaseIterable>(_ key: String, _ type: E.Type, required: Bool = false) -> E?
    where E.RawValue == String {
        choice(self[key], key: key, type, required: required)
    }

    mutating func choice<E: RawRepresentable & CaseIterable>(_ field: FieldValue?, key: String, _ type: E.Type, required: Bool = false) -> E?
    where E.RawValue == String {
        guard let raw = text(field, key: key, required: required) else { return nil }
        return parseChoice(raw, type, field: key)
    }

    mutating func parseChoice<E: RawRepresentable & CaseIterable>(_ raw: String, _ type: E.Type, field: String) -> E?
    where E.RawValue == String {
        // An id, or a name in either language (`perempuan`, `swasta`, `juru bahasa isyarat`).
        if let value = Choice.parse(raw, as: E.self) { return value }
        issues.append(.init(field: field, problem: .notOneOf(value: raw, allowed: E.allCases.map(\.rawValue))))
        return nil
    }

    /// A list: a YAML/JSON sequence, or text separated by ';' (CSV cells). An item of a
    /// sequence holding ';' is split the same way, so that a list reads the same from YAML as
    /// from the CSV that `export` writes of it.
    mutating func list(_ key: String) -> [String] {
        switch self[key] {
        case .list(let items)?:
            return items.flatMap { item -> [String] in
                guard case .text(let text) = item else {
                    if item != .null { issues.append(.init(field: key, problem: .unreadable(detail: "expected a list of single values"))) }
                    return []
                }
                return Self.items(text)
            }
        case .text(let text)?:
            return Self.items(text)
        case .map?, .row?:
            issues.append(.init(field: key, problem: .unreadable(detail: "expected a list")))
            return []
        default:
            return []
        }
    }

    static func items(_ text: String) -> [String] {
        if !text.utf8.contains(UInt8(ascii: ";")) {
            let item = text.trimmed
            return item.isEmpty ? [] : [item]
        }
        // Split on the bytes: splitting a String on Characters runs grapheme breaking.
        return text.utf8.split(separator: UInt8(ascii: ";")).map { String(decoding: $0, as: UTF8.self).trimmed }.filter { !$0.isEmpty }
    }

    mutating func choices<E: RawRepresentable & CaseIterable>(_ key: String, _ type: E.Type) -> [E] where E.RawValue == String {
        var seen = Set<String>()
        return list(key).enumerated().compactMap { index, raw in
            guard let value = parseChoice(raw, type, field: "\(key)[\(index + 1)]"), seen.insert(value.rawValue).inserted else { return nil }
            return value
        }
    }
}

/// JSON decoding: any scalar becomes text, so `"nik": 3171...` and `"nik": "3171..."` read alike.
extension FieldValue: Decodable {
    struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public init(from decoder: any Decoder) throws {
        if let keyed = try? decoder.container(keyedBy: AnyKey.self) {
            var map: [String: FieldValue] = [:]
            for key in keyed.allKeys { map[key.stringValue] = try keyed.decode(FieldValue.self, forKey: key) }
            self = .map(map)
            return
        }
        if var unkeyed = try? decoder.unkeyedContainer() {
            var items: [FieldValue] = []
            while !unkeyed.isAtEnd { items.append(try unkeyed.decode(FieldValue.self)) }
            self = .list(items)
            return
        }
        let single = try decoder.singleValueContainer()
        if single.decodeNil() {
            self = .null
        } else if let text = try? single.decode(String.self) {
            self = .text(text)
        } else if let flag = try? single.decode(Bool.self) {
            self = .text(flag ? "true" : "false")
        } else if let number = try? single.decode(Int64.self) {
            self = .text(String(number))
        } else {
            self = .text(String(try single.decode(Double.self)))
        }
    }
}

/// The columns of one CSV file, shared by all its rows.
public final class CSVColumns: Sendable, Equatable {
    public let names: [String]
    let position: [String: Int]
    /// Positions of columns the file's kind of record does not have.
    let unknown: [Int]
    /// Positions of columns whose header is empty.
    let unnamed: [Int]
    /// The functional dimensions that have a column (seekers' `near_vision`, with its optional
    /// `near_vision_source` and `near_vision_assessed_on`), in the order of the file's columns.
    let profile: [ProfileColumns]

    struct ProfileColumns: Sendable {
        var dimension: FunctionalDimension
        var level: Int
        var source: Int?
        var assessedOn: Int?
    }

    init(names: [String], known: Set<String>) {
        self.names = names
        var position: [String: Int] = [:]
        for (index, name) in names.enumerated() where position[name] == nil { position[name] = index }
        self.position = position
        unknown = names.indices.filter { !known.contains(names[$0]) && !names[$0].isEmpty }
        unnamed = names.indices.filter { names[$0].isEmpty }
        profile = FunctionalDimension.allCases.compactMap { dimension in
            position[dimension.rawValue].map {
                ProfileColumns(dimension: dimension, level: $0, source: position[dimension.rawValue + "_source"],
                               assessedOn: position[dimension.rawValue + "_assessed_on"])
            }
        }.sorted { $0.level < $1.level }
    }

    public static func == (lhs: CSVColumns, rhs: CSVColumns) -> Bool { lhs.names == rhs.names }
}

public struct CSVRow: Sendable, Equatable {
    public let columns: CSVColumns
    public let cells: [String?]
}

/// A whole number as people write it: `3500000`, `Rp 3.500.000`, `3,500,000`, `3 500 000`, and
/// with a decimal part of zero (`Rp 3.500.000,00`, `40.0`). The mark between the whole number and
/// its decimals is the last `.` or `,` when both are used; a single mark followed by exactly three
/// digits groups thousands (`3.500` is 3500, as Indonesian and English both write it); otherwise a
/// single mark starts decimals (`7.5`, `2,5`). A number is never multiplied by dropping its mark.
enum WholeNumber: Equatable {
    case value(Int)
    /// A decimal part that is not zero (7.5 hours, 2.5 openings).
    case fraction
    case unreadable

    init(_ raw: String) {
        // Most numbers are plain digits.
        if let value = Int(raw) { self = .value(value); return }
        var body = Array(raw.utf8)
        if body.starts(with: Array("Rp".utf8)) { body.removeFirst(2) }
        body.removeAll { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "_") }
        var negative = false
        if let first = body.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            negative = first == UInt8(ascii: "-")
            body.removeFirst()
        }
        let dot = UInt8(ascii: "."), comma = UInt8(ascii: ",")
        let marks = body.indices.filter { body[$0] == dot || body[$0] == comma }
        var whole = body[...], decimals: ArraySlice<UInt8> = []
        var grouping: UInt8?, decimalMark = false
        if let last = marks.last {
            let lastMark = body[last]
            let sameKind = marks.filter { body[$0] == lastMark }.count
            let mixed = marks.contains { body[$0] != lastMark }
            let digitsAfter = body.count - last - 1
            if mixed {
                // 3.500.000,00 or 3,500,000.00: the last mark starts decimals, the other groups.
                guard sameKind == 1 else { self = .unreadable; return }
                whole = body[..<last]
                decimals = body[(last + 1)...]
                decimalMark = true
                grouping = lastMark == dot ? comma : dot
            } else if sameKind > 1 || (digitsAfter == 3 && (1...3).contains(last) && body[0] != UInt8(ascii: "0")) {
                grouping = lastMark
            } else {
                whole = body[..<last]
                decimals = body[(last + 1)...]
                decimalMark = true
            }
        }
        // Thousands groups: one to three digits, then groups of exactly three.
        if let grouping {
            let groups = whole.split(separator: grouping, omittingEmptySubsequences: false)
            guard groups.count > 1, (1...3).contains(groups[0].count), groups.dropFirst().allSatisfy({ $0.count == 3 }) else {
                self = .unreadable
                return
            }
            whole = ArraySlice(groups.joined())
        }
        let isDigit = { (byte: UInt8) in byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        guard !whole.isEmpty, whole.allSatisfy(isDigit), decimals.allSatisfy(isDigit), !decimalMark || !decimals.isEmpty,
              let value = Int(String(decoding: whole, as: UTF8.self)) else {
            self = .unreadable
            return
        }
        if decimals.contains(where: { $0 != UInt8(ascii: "0") }) {
            self = .fraction
        } else {
            self = .value(negative ? -value : value)
        }
    }
}
