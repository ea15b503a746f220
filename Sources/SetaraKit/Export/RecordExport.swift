import Foundation
import SetaraDomain

/// Records in the interchange format, so that an export can be imported again unchanged.
public enum RecordExport {
    public static func fields(_ s: Seeker, category: DisabilityCategory?) -> [(String, OutValue)] {
        var fields: [(String, OutValue)] = [
            ("id", .text(s.id)), ("nik", .text(s.nik)), ("name", .text(s.name)),
            ("birth_date", .optional(s.birthDate?.description)), ("sex", .optional(s.sex?.rawValue)),
            ("phone", .optional(s.phone)), ("email", .optional(s.email)), ("regency", .text(s.regencyCode)),
            ("address", .optional(s.address)), ("education", .text(s.education.rawValue)), ("skills", .texts(s.skills)),
            ("preferred_occupations", .texts(s.preferredOccupations)), ("languages", .texts(s.languages)),
            ("max_hours_per_week", .optional(s.maxHoursPerWeek)), ("night_shift_ok", .bool(s.nightShiftOK)),
            ("wants_remote", .bool(s.wantsRemote)), ("wage_expectation", .optional(s.wageExpectation)),
            ("profile", .object(s.profile.sorted { $0.key < $1.key }.map { dimension, r in
                (dimension.rawValue, .object([("without_aids", .int(r.withoutAids)), ("with_aids", .int(r.withAids)),
                                              ("source", .text(r.source.rawValue)), ("assessed_on", .optional(r.assessedOn?.description))]))
            })),
            ("needs", .texts(s.needs.map(\.rawValue))), ("safety_restrictions", .texts(s.safetyRestrictions.map(\.rawValue))),
            ("consent", .object([("given", .bool(s.consent.given)), ("recorded_on", .optional(s.consent.recordedOn?.description)),
                                 ("recorded_by", .optional(s.consent.recordedBy))])),
        ]
        if let category { fields.append(("disability_category", .text(category.rawValue))) }
        fields += [("registered_on", .text(s.registeredOn.description)), ("status", .text(s.status.rawValue))]
        return fields
    }

    public static func fields(_ e: Employer) -> [(String, OutValue)] {
        [("id", .text(e.id)), ("name", .text(e.name)), ("ownership", .text(e.ownership.rawValue)), ("headcount", .int(e.headcount)),
         ("employees_with_disabilities", .int(e.employeesWithDisabilities)), ("sector", .optional(e.sector)),
         ("phone", .optional(e.phone)), ("email", .optional(e.email)), ("regency", .text(e.regencyCode))]
    }

    public static func fields(_ w: Workplace) -> [(String, OutValue)] {
        [("id", .text(w.id)), ("employer", .text(w.employerID)), ("name", .text(w.name)), ("address", .optional(w.address)),
         ("regency", .text(w.regencyCode)), ("features", .texts(w.features.map(\.rawValue))),
         ("accommodations", .texts(w.accommodations))]
    }

    public static func fields(_ v: Vacancy) -> [(String, OutValue)] {
        [("id", .text(v.id)), ("workplace", .text(v.workplaceID)), ("title", .text(v.title)), ("kbji", .text(v.kbji)),
         ("openings", .int(v.openings)),
         ("demands", .object(v.demands.sorted { $0.key < $1.key }.map { ($0.key.rawValue, .int($0.value)) })),
         ("min_education", .text(v.minEducation.rawValue)), ("hours_per_week", .int(v.hoursPerWeek)),
         ("night_shift", .bool(v.nightShift)), ("remote", .text(v.remote.rawValue)), ("wage_min", .optional(v.wageMin)),
         ("wage_max", .optional(v.wageMax)), ("safety_tasks", .texts(v.safetyTasks.map(\.rawValue))),
         ("posted_on", .text(v.postedOn.description)), ("closes_on", .optional(v.closesOn?.description)),
         ("status", .text(v.status.rawValue))]
    }

    /// `{"seekers": [...]}` and so on: the same shape the importer reads.
    public static func json(kind: ImportKind, records: [[(String, OutValue)]]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes]
        let data = try encoder.encode(OutValue.object([(kind.rawValue, .list(records.map(OutValue.object)))]))
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// CSV with the importer's columns. Nested fields are flattened: a column per profile
    /// dimension ("0/3"), with its source and date, and a column per demand dimension.
    public static func csv(kind: ImportKind, records: [[(String, OutValue)]], includeCategory: Bool) -> String {
        var header: [String]
        switch kind {
        case .seekers:
            header = RecordCodec.seekerFields.filter { includeCategory || $0 != "disability_category" }
            header += FunctionalDimension.allCases.flatMap { [$0.rawValue, $0.rawValue + "_source", $0.rawValue + "_assessed_on"] }
        case .employers: header = RecordCodec.employerFields
        case .workplaces: header = RecordCodec.workplaceFields
        case .vacancies: header = RecordCodec.vacancyFields + FunctionalDimension.allCases.map(\.rawValue)
        }
        var out = CSVText.line(header) + "\n"
        for record in records {
            var flat: [String: String] = [:]
            for (key, value) in record {
                switch (key, value) {
                case ("profile", .object(let ratings)):
                    for (dimension, rating) in ratings {
                        guard case .object(let parts) = rating else { continue }
                        let part = Dictionary(parts, uniquingKeysWith: { a, _ in a })
                        let without = part["without_aids"]?.cell ?? "", with = part["with_aids"]?.cell ?? ""
                        flat[dimension] = without == with ? without : "\(without)/\(with)"
                        flat[dimension + "_source"] = part["source"]?.cell
                        flat[dimension + "_assessed_on"] = part["assessed_on"]?.cell
                    }
                case ("demands", .object(let levels)):
                    for (dimension, level) in levels { flat[dimension] = level.cell }
                case ("consent", .object(let parts)):
                    let part = Dictionary(parts, uniquingKeysWith: { a, _ in a })
                    flat["consent"] = part["given"]?.cell
                    flat["consent_recorded_on"] = part["recorded_on"]?.cell
                    flat["consent_recorded_by"] = part["recorded_by"]?.cell
                default:
                    flat[key] = value.cell
                }
            }
            out += CSVText.line(header.map { flat[$0] ?? "" }) + "\n"
        }
        return out
    }
}
