import SetaraCatalog
import SetaraDomain

extension MatchResult {
    /// The result as short sentences, verdict first, in the seeker's language: what the voice
    /// terminal reads and what `--explain` prints.
    public func reasons(_ language: Language, catalog: Catalog) -> [String] {
        let t = { (id: String, en: String) in language == .id ? id : en }
        func names(_ ids: [String]) -> String {
            let list = ids.prefix(2).map { catalog[$0]?.name.text(language).lowercased() ?? $0 }
            return list.joined(separator: t(" dan ", " and "))
        }
        var lines: [String] = []
        switch verdict {
        case .suitable: lines.append(t("Cocok: kemampuan Anda memenuhi semua tuntutan pekerjaan ini.", "Suitable: you meet every demand of this job."))
        case .suitableWithAccommodation: lines.append(t("Cocok dengan akomodasi.", "Suitable with accommodation."))
        case .excluded: lines.append(t("Tidak cocok untuk saat ini.", "Not suitable for now."))
        }
        for task in safetyConflicts {
            lines.append(t("Pekerjaan ini mencakup \(task.label(.id)), yang tidak boleh Anda lakukan.",
                           "The job involves \(task.label(.en)), which you must not do."))
        }
        for gap in gaps {
            let dimension = gap.dimension.label(language)
            lines.append(t("Pekerjaan ini menuntut \(dimension) tingkat \(gap.demand); kemampuan Anda tingkat \(gap.capacity).",
                           "The job demands \(dimension) at level \(gap.demand); you manage level \(gap.capacity)."))
            switch gap.bridging {
            case .inPlace(let ids):
                lines.append(t("Tempat kerja sudah menyediakan \(names(ids)).", "The workplace already provides \(names(ids))."))
            case .bridgeable(let ids):
                lines.append(t("Celah ini dapat dijembatani dengan \(names(ids)).", "This can be bridged with \(names(ids))."))
                lines.append(cost(ids, catalog, language))
            case .notBridgeable where gap.size > Matcher.largestBridgeableGap(gap.dimension):
                lines.append(t("Celah ini terlalu besar untuk dijembatani akomodasi.", "This gap is too large for an accommodation to bridge."))
            case .notBridgeable:
                lines.append(t("Tidak ada akomodasi di katalog yang menjembatani celah ini.", "No accommodation in the catalog bridges this gap."))
            case .byTheJob:
                break
            }
        }
        for check in needs {
            let need = check.need.label(language)
            switch check.bridging {
            case .inPlace(let ids):
                let what = ids.compactMap { Feature(rawValue: $0)?.label(language) ?? catalog[$0]?.name.text(language).lowercased() }
                lines.append(t("Kebutuhan Anda akan \(need) terpenuhi: ada \(what.joined(separator: " dan ")).",
                               "Your need for \(need) is met: there is \(what.joined(separator: " and "))."))
            case .byTheJob:
                lines.append(t("Pekerjaan ini sendiri memenuhi kebutuhan Anda akan \(need).", "The job itself meets your need for \(need)."))
            case .bridgeable(let ids):
                lines.append(t("Kebutuhan Anda akan \(need) dapat dipenuhi dengan \(names(ids)).",
                               "Your need for \(need) can be met with \(names(ids))."))
                lines.append(cost(ids, catalog, language))
            case .notBridgeable:
                lines.append(t("Kebutuhan Anda akan \(need) tidak dapat dipenuhi di sini.", "Your need for \(need) cannot be met here."))
            }
        }
        if verdict != .excluded && !price.accommodations.isEmpty {
            lines.append(t("Pemberi kerja perlu menyediakan \(price.accommodations.count) akomodasi, \(money(price.rupiah, language)).",
                           price.accommodations.count == 1 ? "The employer would provide 1 accommodation, \(money(price.rupiah, language))."
                               : "The employer would provide \(englishCount(price.accommodations.count, "accommodation")), \(money(price.rupiah, language))."))
        }
        return lines
    }
}

/// "Cost: about 1 to 5 million rupiah; ready in about 14 days.", in words a speech synthesiser reads well.
func cost(_ ids: [String], _ catalog: Catalog, _ language: Language) -> String {
    let items = ids.compactMap { catalog[$0] }
    let range = items.reduce(0) { $0 + $1.costBand.rupiah.lowerBound }...items.reduce(0) { $0 + $1.costBand.rupiah.upperBound }
    let days = items.map(\.leadTimeDays).max() ?? 0
    if days == 0 {
        return language == .id ? "Biaya \(money(range, language)); bisa segera." : "Cost: \(money(range, language)); possible at once."
    }
    return language == .id ? "Biaya \(money(range, language)); siap dalam sekitar \(days) hari."
        : "Cost: \(money(range, language)); ready in about \(days == 1 ? "1 day" : "\(days) days")."
}

func money(_ range: ClosedRange<Int>, _ language: Language) -> String {
    let id = language == .id
    if range.upperBound == 0 { return id ? "tanpa biaya" : "at no cost" }
    if range.upperBound <= 1_000_000 { return id ? "di bawah 1 juta rupiah" : "under 1 million rupiah" }
    let low = range.lowerBound / 1_000_000, high = (range.upperBound + 999_999) / 1_000_000
    return id ? "sekitar \(low) sampai \(high) juta rupiah" : "about \(low) to \(high) million rupiah"
}
