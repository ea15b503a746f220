import SetaraCatalog
import SetaraDomain

/// Whom an explanation speaks to.
public enum Audience: String, Sendable, CaseIterable {
    /// The seeker hears their own ranking: "you".
    case seeker
    /// An officer or employer reads a vacancy's ranking: it speaks about the seeker.
    case officer
}

extension MatchResult {
    /// The result as short sentences, verdict first, in the language asked for: what the voice
    /// terminal reads and what `--explain` prints. The sentences are data, in the catalog's
    /// `reasons/` folder (`catalog.reasons`); this only chooses and fills them.
    public func reasons(_ language: Language, catalog: Catalog, audience: Audience = .seeker) -> [String] {
        let book = catalog.reasons
        // A key's sentence for this audience ("key.seeker", "key.officer"), or the shared one.
        func say(_ key: String, _ values: [String: String] = [:]) -> String {
            let specific = "\(key).\(audience.rawValue)"
            return book.words[language]?.sentences[specific] != nil ? book.sentence(specific, language, values) : book.sentence(key, language, values)
        }
        func names(_ ids: [String]) -> String {
            let list = ids.map { Feature(rawValue: $0)?.label(language) ?? catalog[$0]?.name.text(language).lowercased() ?? $0 }
            guard list.count > 1 else { return list.first ?? "" }
            return list.dropLast().joined(separator: ", ") + book.sentence("list.and", language) + list.last!
        }
        func cost(_ ids: [String]) -> String {
            let items = ids.compactMap { catalog[$0] }
            let range = items.reduce(0) { $0 + $1.costBand.rupiah.lowerBound }...items.reduce(0) { $0 + $1.costBand.rupiah.upperBound }
            let days = items.map(\.leadTimeDays).max() ?? 0
            if days == 0 { return say("cost.at_once", ["money": money(range)]) }
            return say("cost", ["money": money(range), "days": say(days == 1 ? "days.one" : "days.many", ["days": String(days)])])
        }
        func money(_ range: ClosedRange<Int>) -> String {
            if range.upperBound == 0 { return say("money.none") }
            if range.upperBound <= 1_000_000 { return say("money.under_1m") }
            return say("money.range", ["low": String(range.lowerBound / 1_000_000), "high": String((range.upperBound + 999_999) / 1_000_000)])
        }

        var lines = [say("verdict.\(verdict.rawValue)")]
        if closed { lines.append(say("closed")) }
        for task in safetyConflicts { lines.append(say("safety", ["task": task.label(language)])) }
        for gap in gaps {
            let d = gap.dimension
            lines.append(say("gap", ["what": book.what(d, language), "demand": book.level(d, gap.demand, language),
                                     "capacity": book.level(d, gap.capacity, language)]))
            switch gap.bridging {
            case .inPlace(let ids): lines.append(say("gap.in_place", ["names": names(ids)]))
            case .bridgeable(let ids):
                lines.append(say("gap.bridgeable", ["names": names(ids)]))
                lines.append(cost(ids))
            case .jobChange(let ids):
                lines.append(say("gap.job_change", ["names": names(ids)]))
                lines.append(cost(ids))
            case .notBridgeable: lines.append(say("gap.not_bridgeable"))
            case .byTheJob: break
            }
        }
        for check in needs {
            let need = check.need.label(language)
            switch check.bridging {
            case .inPlace(let ids): lines.append(say("need.in_place", ["need": need, "names": names(ids)]))
            case .byTheJob: lines.append(say("need.by_the_job", ["need": need]))
            case .bridgeable(let ids), .jobChange(let ids):
                lines.append(say("need.bridgeable", ["need": need, "names": names(ids)]))
                lines.append(cost(ids))
            case .notBridgeable: lines.append(say("need.not_bridgeable", ["need": need]))
            }
        }
        if verdict != .excluded {
            let offered = interview.flatMap { check -> [String] in
                switch check.bridging { case .inPlace(let ids), .bridgeable(let ids): ids; default: [] }
            }
            var seen = Set<String>()
            let unique = offered.filter { seen.insert($0).inserted }
            if !unique.isEmpty { lines.append(say("interview", ["names": names(unique)])) }
            if !price.accommodations.isEmpty {
                lines.append(say(price.accommodations.count == 1 ? "price.one" : "price.many",
                                 ["count": String(price.accommodations.count), "money": money(price.rupiah)]))
            }
        }
        return lines
    }

    /// The verdict in a few words, for a list read aloud ("cocok dengan akomodasi").
    public func verdictPhrase(_ language: Language, catalog: Catalog) -> String {
        catalog.reasons.sentence("verdict_phrase.\(verdict.rawValue)", language)
    }
}
