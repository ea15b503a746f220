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

    /// Every regency, grouped by province, for a select.
    static func regencies() -> [(String, [(String, String)])] {
        Regions.provinces.map { province in
            (province.name, Regions.regencies(inProvince: province.code).map { ($0.code, $0.name) })
        }
    }
}
