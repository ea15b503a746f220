import Foundation
import SetaraDomain

/// Records in the interchange format, so that an export can be imported again unchanged.
public enum RecordExport {
    /// A record's fields in order, named by the kind's field list.
    static func named<Field: RawRepresentable>(_ pairs: KeyValuePairs<Field, OutValue>) -> [(String, OutValue)] where Field.RawValue == String {
        pairs.map { ($0.key.rawValue, $0.value) }
    }

    public static func fields(_ s: Seeker, category: DisabilityCategory?) -> [(String, OutValue)] {
        let profile = OutValue.object(s.profile.sorted { $0.key < $1.key }.map { dimension, r in
            (dimension.rawValue, .object([("without_aids", .int(r.withoutAids)), ("with_aids", .int(r.withAids)),
                                          ("source", .text(r.source.rawValue)), ("assessed_on", .optional(r.assessedOn?.description))]))
        })
        let consent = OutValue.object([("given", .bool(s.consent.given)), ("recorded_on", .optional(s.consent.recordedOn?.description)),
                                       ("recorded_by", .optional(s.consent.recordedBy))])
        var fields = named([
            SeekerField.id: .text(s.id), .nik: .text(s.nik), .name: .text(s.name), .birthDate: .optional(s.birthDate?.description),
            .sex: .optional(s.sex?.rawValue), .phone: .optional(s.phone), .email: .optional(s.email), .regency: .text(s.regencyCode),
            .address: .optional(s.address), .education: .text(s.education.rawValue), .skills: .texts(s.skills),
            .preferredOccupations: .texts(s.preferredOccupations), .languages: .texts(s.languages),
            .maxHoursPerWeek: .optional(s.maxHoursPerWeek), .nightShiftOK: .bool(s.nightShiftOK), .wantsRemote: .bool(s.wantsRemote),
            .wageExpectation: .optional(s.wageExpectation), .profile: profile, .needs: .texts(s.needs.map(\.rawValue)),
            .safetyRestrictions: .texts(s.safetyRestrictions.map(\.rawValue)), .consent: consent,
        ])
        if let category { fields += named([SeekerField.disabilityCategory: .text(category.rawValue)]) }
        return fields + named([SeekerField.registeredOn: .text(s.registeredOn.description), .status: .text(s.status.rawValue)])
    }

    public static func fields(_ e: Employer) -> [(String, OutValue)] {
        named([EmployerField.id: .text(e.id), .name: .text(e.name), .ownership: .text(e.ownership.rawValue), .headcount: .int(e.headcount),
               .employeesWithDisabilities: .int(e.employeesWithDisabilities), .shortTimeWorkers: .int(e.shortTimeWorkers),
               .shortTimeWithDisabilities: .int(e.shortTimeWithDisabilities), .withSevereDisabilities: .int(e.withSevereDisabilities),
               .shortTimeWithSevereDisabilities: .int(e.shortTimeWithSevereDisabilities), .sector: .optional(e.sector), .phone: .optional(e.phone),
               .email: .optional(e.email), .regency: .text(e.regencyCode)])
    }

    public static func fields(_ w: Workplace) -> [(String, OutValue)] {
        named([WorkplaceField.id: .text(w.id), .employer: .text(w.employerID), .name: .text(w.name), .address: .optional(w.address),
               .regency: .text(w.regencyCode), .features: .texts(w.features.map(\.rawValue)), .accommodations: .texts(w.accommodations)])
    }

    public static func fields(_ v: Vacancy) -> [(String, OutValue)] {
        named([VacancyField.id: .text(v.id), .workplace: .text(v.workplaceID), .title: .text(v.title), .kbji: .text(v.kbji),
               .openings: .int(v.openings),
               .demands: .object(v.demands.sorted { $0.key < $1.key }.map { ($0.key.rawValue, .int($0.value)) }),
               .minEducation: .text(v.minEducation.rawValue), .hoursPerWeek: .int(v.hoursPerWeek), .nightShift: .bool(v.nightShift),
               .remote: .text(v.remote.rawValue), .wageMin: .optional(v.wageMin), .wageMax: .optional(v.wageMax),
               .safetyTasks: .texts(v.safetyTasks.map(\.rawValue)), .postedOn: .text(v.postedOn.description),
               .closesOn: .optional(v.closesOn?.description), .status: .text(v.status.rawValue)])
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
            header = RecordCodec.seekerFields.filter { includeCategory || $0 != SeekerField.disabilityCategory.rawValue }
            header += FunctionalDimension.allCases.flatMap { [$0.rawValue, $0.sourceField, $0.assessedOnField] }
        case .employers: header = RecordCodec.employerFields
        case .workplaces: header = RecordCodec.workplaceFields
        case .vacancies: header = RecordCodec.vacancyFields + FunctionalDimension.allCases.map(\.rawValue)
        case .referrals, .placements, .followups: header = CaseworkCodec.fields(kind)
        }
        var out = CSVText.line(header) + "\n"
        for record in records {
            var flat: [String: String] = [:]
            for (key, value) in record {
                switch (key, value) {
                case (SeekerField.profile.rawValue, .object(let ratings)):
                    for (dimension, rating) in ratings {
                        guard case .object(let parts) = rating else { continue }
                        let part = Dictionary(parts, uniquingKeysWith: { a, _ in a })
                        let without = part["without_aids"]?.cell ?? "", with = part["with_aids"]?.cell ?? ""
                        flat[dimension] = without == with ? without : "\(without)/\(with)"
                        let named = FunctionalDimension(rawValue: dimension)
                        flat[named?.sourceField ?? dimension + "_source"] = part["source"]?.cell
                        flat[named?.assessedOnField ?? dimension + "_assessed_on"] = part["assessed_on"]?.cell
                    }
                case (VacancyField.demands.rawValue, .object(let levels)):
                    for (dimension, level) in levels { flat[dimension] = level.cell }
                case (SeekerField.consent.rawValue, .object(let parts)):
                    let part = Dictionary(parts, uniquingKeysWith: { a, _ in a })
                    flat[SeekerField.consent.rawValue] = part["given"]?.cell
                    flat[SeekerField.consentRecordedOn.rawValue] = part["recorded_on"]?.cell
                    flat[SeekerField.consentRecordedBy.rawValue] = part["recorded_by"]?.cell
                default:
                    flat[key] = value.cell
                }
            }
            out += CSVText.line(header.map { flat[$0] ?? "" }) + "\n"
        }
        return out
    }
}
