import SetaraDomain

/// The fields of a question page, as the `question` template draws them: a text or number
/// input, radios, check boxes or a select, each with its label or legend, hint and error.
enum Question {
    typealias Field = [String: Any]

    static func input(_ id: String, label: String, hint: String? = nil, value: String?, number: Bool = false,
                      width: String = "", autocomplete: String? = nil, errors: [String: String]) -> Field {
        var field: Field = ["id": id, "label": label, "value": value ?? "", "isInput": true,
                            "inputType": "text", "width": width]
        if number { field["inputmode"] = "numeric" }
        if let hint { field["hint"] = hint }
        if let autocomplete { field["autocomplete"] = autocomplete }
        if let error = errors[id] { field["error"] = error }
        return field
    }

    static func radios(_ id: String, legend: String, hint: String? = nil, options: [(String, String)], selected: String?,
                       errors: [String: String]) -> Field {
        var field: Field = ["id": id, "legend": legend, "isRadios": true,
                            "options": options.enumerated().map { index, option in
                                ["value": option.0, "label": option.1, "checked": option.0 == selected,
                                 "optionID": index == 0 ? id : "\(id)-\(index)"] as [String: Any]
                            }]
        if let hint { field["hint"] = hint }
        if let error = errors[id] { field["error"] = error }
        return field
    }

    static func checkboxes(_ id: String, legend: String, hint: String? = nil, options: [(String, String)], selected: Set<String>,
                           errors: [String: String]) -> Field {
        var field: Field = ["id": id, "legend": legend, "isCheckboxes": true,
                            "options": options.enumerated().map { index, option in
                                ["value": option.0, "label": option.1, "checked": selected.contains(option.0),
                                 "optionID": index == 0 ? id : "\(id)-\(index)"] as [String: Any]
                            }]
        if let hint { field["hint"] = hint }
        if let error = errors[id] { field["error"] = error }
        return field
    }

    static func select(_ id: String, label: String, hint: String? = nil, groups: [(String, [(String, String)])], selected: String?,
                       prompt: String, errors: [String: String]) -> Field {
        var field: Field = ["id": id, "label": label, "isSelect": true, "prompt": prompt,
                            "groups": groups.map { group in
                                ["label": group.0,
                                 "options": group.1.map { ["value": $0.0, "label": $0.1, "selected": $0.0 == selected] as [String: Any] }] as [String: Any]
                            }]
        if let hint { field["hint"] = hint }
        if let error = errors[id] { field["error"] = error }
        return field
    }

    /// A date as the GOV.UK Design System asks it: three boxes (day, month, year) in a fieldset
    /// whose legend says which date, a hint with an example, and the wrong boxes marked. The
    /// boxes are sent as `ID-day`, `ID-month`, `ID-year` (`DateAnswer` reads them back).
    static func date(_ id: String, legend: String, hint: String, values: [String: String], errors: [FieldError],
                     words: (String) -> String) -> Field {
        let problem = errors.first { $0.field == id }
        var field: Field = ["id": id, "legend": legend, "hint": hint, "isDate": true,
                            "parts": DateAnswer.parts.map { part -> [String: Any] in
                                ["inputID": "\(id)-\(part)", "label": words("date_" + part), "value": values["\(id)-\(part)"] ?? "",
                                 "width": part == "year" ? "width-4" : "width-2", "wrong": problem?.parts.contains(part) ?? false]
                            }]
        if let problem { field["error"] = problem.message }
        return field
    }

    /// Every regency, grouped by province, for a select.
    static func regencies() -> [(String, [(String, String)])] {
        Regions.provinces.map { province in
            (province.name, Regions.regencies(inProvince: province.code).map { ($0.code, $0.name) })
        }
    }
}

/// A date read back from the three boxes of `Question.date`, or the problem with it, naming the
/// box that is wrong as the GOV.UK date input pattern does ("must include a month", "the month
/// must be a number from 1 to 12").
struct DateAnswer {
    static let parts = ["day", "month", "year"]

    /// The boxes' values as sent, for showing the form again.
    var values: [String: String] = [:]
    /// The date; nil when the boxes are empty or wrong.
    var day: Day?
    var problem: FieldError?

    /// Reads the boxes of date `id`. `what` names the date in the page's language ("the date of
    /// the interview"); an optional date may be left empty.
    init(_ id: String, form: FormData, what: String, required: Bool, words: (String) -> String) {
        var numbers: [String: Int] = [:]
        var missing: [String] = []
        for part in Self.parts {
            let text = form.text("\(id)-\(part)")
            if let text { values["\(id)-\(part)"] = text } else { missing.append(part) }
            numbers[part] = text.flatMap { $0.allSatisfy(\.isASCIIDigitCharacter) && $0.count <= 4 ? Int($0) : nil }
        }
        func fail(_ key: String, _ parts: [String], _ fill: [String: String] = [:]) {
            var all = fill
            all["what"] = what
            let text = Pages.fill(words(key), all)
            problem = FieldError(field: id, message: text.prefix(1).uppercased() + text.dropFirst(), parts: parts)
        }
        if missing.count == Self.parts.count {
            if required { fail("error_date_enter", Self.parts) }
            return
        }
        if !missing.isEmpty {
            let names = missing.map { words("date_part_" + $0) }
            fail("error_date_include", missing, ["parts": names.joined(separator: " " + words("and") + " ")])
            return
        }
        guard let d = numbers["day"], (1...31).contains(d) else {
            fail("error_date_day", ["day"])
            return
        }
        guard let m = numbers["month"], (1...12).contains(m) else {
            fail("error_date_month", ["month"])
            return
        }
        guard let y = numbers["year"], values["\(id)-year"]?.count == 4, (1900...2200).contains(y) else {
            fail("error_date_year", ["year"])
            return
        }
        // 31 February: each box is right on its own, the day is not in that month.
        guard let found = Day(year: y, month: m, day: d) else {
            fail("error_date_real", ["day"])
            return
        }
        day = found
    }
}

extension Character {
    fileprivate var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}
