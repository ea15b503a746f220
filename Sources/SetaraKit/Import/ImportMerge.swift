import Foundation
import SetaraDomain

/// How an import treats a record that is already stored (the same id, or a seeker's NIK).
public enum ImportMode: String, Sendable, CaseIterable {
    /// Only the fields the file gives change; an empty cell or a field left out keeps the stored value.
    case merge
    /// The file's record replaces the stored one whole: a field left out is emptied.
    case replace
}

/// A stored record an import changes, and which of its fields.
public struct RecordChange: Sendable, Equatable {
    public var kind: ImportKind
    public var id: String
    public var fields: [String]
}

/// Merging a file's record into the stored one, field by field.
public enum ImportMerge {
    /// The fields a record gives, without the empty ones, in the nested form of YAML and JSON:
    /// a CSV row's profile columns become `profile`, its consent columns `consent`.
    static func given(_ value: FieldValue) -> [String: FieldValue] {
        switch value {
        case .map(let map):
            return map.filter { !isBlank($0.value) }
        case .row(let row):
            var fields: [String: FieldValue] = [:]
            let profileColumns = Set(row.columns.profile.flatMap { [$0.level, $0.source, $0.assessedOn].compactMap { $0 } })
            for (index, name) in row.columns.names.enumerated() where !profileColumns.contains(index) && index < row.cells.count {
                if let cell = row.cells[index], !cell.trimmed.isEmpty { fields[name] = .text(cell) }
            }
            var profile: [String: FieldValue] = [:]
            for columns in row.columns.profile {
                guard columns.level < row.cells.count, let level = row.cells[columns.level], !level.trimmed.isEmpty else { continue }
                let parts = level.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false).map { String($0).trimmed }
                var rating: [String: FieldValue] = ["without_aids": .text(parts[0]), "with_aids": .text(parts.count > 1 ? parts[1] : parts[0])]
                if let source = cell(row, columns.source) ?? fields["profile_source"]?.text { rating["source"] = .text(source) }
                if let day = cell(row, columns.assessedOn) ?? fields["profile_assessed_on"]?.text { rating["assessed_on"] = .text(day) }
                profile[columns.dimension.rawValue] = .map(rating)
            }
            if !profile.isEmpty { fields["profile"] = .map(profile) }
            if let given = fields.removeValue(forKey: "consent") {
                var consent: [String: FieldValue] = ["given": given]
                if let day = fields.removeValue(forKey: "consent_recorded_on") { consent["recorded_on"] = day }
                if let who = fields.removeValue(forKey: "consent_recorded_by") { consent["recorded_by"] = who }
                fields["consent"] = .map(consent)
            }
            return fields
        default:
            return [:]
        }
    }

    private static func cell(_ row: CSVRow, _ position: Int?) -> String? {
        guard let position, position < row.cells.count, let text = row.cells[position]?.trimmed, !text.isEmpty else { return nil }
        return text
    }

    private static func isBlank(_ value: FieldValue) -> Bool {
        switch value {
        case .null: return true
        case .text(let text): return text.trimmed.isEmpty
        default: return false
        }
    }

    /// The stored record's fields with the given ones laid over them; a profile or demands
    /// change only the dimensions given.
    public static func merged(_ stored: [(String, OutValue)], _ given: [String: FieldValue]) -> FieldValue {
        var fields = Dictionary(stored.map { ($0.0, $0.1.fieldValue) }, uniquingKeysWith: { a, _ in a })
        for (name, value) in given {
            if name == "profile" || name == "demands", case .map(let old)? = fields[name], case .map(let new) = value {
                fields[name] = .map(old.merging(new) { _, given in given })
            } else {
                fields[name] = value
            }
        }
        // A vacancy's demands may come as flat columns (`lifting: 3`): they override the stored map.
        if case .map(var demands)? = fields["demands"] {
            for dimension in FunctionalDimension.allCases {
                if let level = fields.removeValue(forKey: dimension.rawValue) { demands[dimension.rawValue] = level }
            }
            fields["demands"] = .map(demands)
        }
        return .map(fields)
    }

    /// The names of the exported fields whose values differ (an import's change list, an update's).
    public static func changedFields(_ before: [(String, OutValue)], _ after: [(String, OutValue)]) -> [String] {
        let old = Dictionary(before.map { ($0.0, $0.1.fieldValue) }, uniquingKeysWith: { a, _ in a })
        let new = Dictionary(after.map { ($0.0, $0.1.fieldValue) }, uniquingKeysWith: { a, _ in a })
        return Set(old.keys).union(new.keys).filter { (old[$0] ?? .null) != (new[$0] ?? .null) }.sorted()
    }
}
