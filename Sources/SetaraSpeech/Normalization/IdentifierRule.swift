/// Numbers that identify rather than count, read digit by digit in groups of at most four with a
/// short pause (a comma) between groups:
///
/// - reference numbers, letters then digits: "RJ-20261123-0001" is "er je, dua nol dua enam,
///   satu satu dua tiga, nol nol nol satu";
/// - NPWP and other numbers written with both dots and a hyphen ("01.234.567.8-901.000"), in the
///   groups as written;
/// - phone numbers: with "+" ("+62 812-3456-789", "plus enam dua, delapan satu dua, ..."), or
///   starting with 0 in several groups ("021-555-1234", "(021) 555 1234", "0812 3456 7890"), in the
///   groups as written, longer groups split;
/// - NIK (16 digits) as four groups of four, and any other run of eight digits or more, in even
///   groups (`NumberWords.digitsInGroups`);
/// - digit groups of three or more separated by spaces or hyphens, ten digits or more in all (a
///   NIK written "3171 0123 4567 0001");
/// - a code after the word KBJI, "kode" or "code" ("KBJI 4132" is "ka be je i empat satu tiga
///   dua", as an officer reads an occupation code, not "empat ribu seratus ...").
enum IdentifierRule {
    static let code = Pattern(
        #"(?<=(?<![\p{L}\p{N}])(?:KBJI|kode|kode pos|code|postcode|postal code)\s)[0-9]{1,6}(?![\p{N}]|[.,][0-9])"#,
        caseInsensitive: true, needs: Pattern.digits)
    static let reference = Pattern(
        #"(?<![\p{L}\p{N}])([A-Z]{1,5})((?:[-/][A-Z0-9]+)+|[0-9]{4,})(?![\p{L}\p{N}])"#,
        needs: Pattern.digits)
    static let dotted = Pattern(
        #"(?<![\p{L}\p{N}.,-])[0-9]+(?:[.-][0-9]+){2,}(?![\p{L}\p{N}]|[.,-][0-9])"#,
        needs: Pattern.digits)
    static let grouped = Pattern(
        #"(?<![\p{L}\p{N}+.,/:-])(\+)?(\(?[0-9]+\)?(?:[ -]\(?[0-9]+\)?)*)(?![\p{L}\p{N}]|[.,:/-][0-9])"#,
        needs: Pattern.digits)
    static let long = Pattern(#"(?<![\p{L}\p{N}.,])[0-9]{8,}(?![\p{N}]|[.,][0-9])"#, needs: Pattern.digits)

    static func apply(to rewrite: Rewrite, _ normalizer: TextNormalizer) {
        let language = normalizer.language
        rewrite.replace(reference) { match in
            guard let letters = match[1], let rest = match[2] else { return nil }
            let parts = rest.split(whereSeparator: { $0 == "-" || $0 == "/" })
            guard parts.contains(where: { $0.count >= 3 && $0.allSatisfy(\.isNumber) }) || rest.first?.isNumber == true
            else { return nil }
            var spoken = [normalizer.vocabulary.spellLetters(letters)]
            for part in parts {
                if part.allSatisfy(\.isNumber) {
                    spoken.append(NumberWords.digitsInGroups(String(part), language))
                } else {
                    spoken.append(part.map { $0.isNumber ? NumberWords.digits(String($0), language)
                                                          : normalizer.vocabulary.spellLetters(String($0)) }
                        .joined(separator: " "))
                }
            }
            return rewrite.keep(spoken.joined(separator: ", "))
        }
        rewrite.replace(dotted) { match in
            let text = match.whole
            guard text.contains("."), text.contains("-"), text.filter(\.isNumber).count >= 8 else { return nil }
            let groups = text.split(whereSeparator: { $0 == "." || $0 == "-" })
            return rewrite.keep(groups.map { NumberWords.digitsInGroups(String($0), language) }.joined(separator: ", "))
        }
        rewrite.replace(grouped) { match in
            guard let body = match[2] else { return nil }
            let groups = body.split(whereSeparator: { $0 == " " || $0 == "-" }).map { $0.filter(\.isNumber) }
            let total = groups.reduce(0) { $0 + $1.count }
            let plus = match[1] != nil
            let startsWithZero = body.hasPrefix("0") || body.hasPrefix("(0")
            let isPhone = total >= 7 && (plus || (groups.count > 1 && startsWithZero))
            let isSpacedIdentifier = groups.count > 1 && total >= 10 && groups.allSatisfy { $0.count >= 3 }
            guard isPhone || isSpacedIdentifier else { return nil }
            var spoken: [String] = []
            var rest = groups
            if plus, !rest.isEmpty {
                // "+6281234567890": the country code is the first group when written apart, else its
                // first two digits (Indonesia's 62, like most codes, has two).
                let first = rest.removeFirst()
                let code = first.count <= 3 ? first : String(first.prefix(2))
                spoken.append("\(normalizer.vocabulary.plus) \(NumberWords.digits(code, language))")
                if first.count > code.count { rest.insert(String(first.dropFirst(code.count)), at: 0) }
            }
            spoken += rest.filter { !$0.isEmpty }.map { NumberWords.digitsInGroups($0, language) }
            return rewrite.keep(spoken.joined(separator: ", "))
        }
        rewrite.replace(code) { match in
            rewrite.keep(NumberWords.digits(match.whole, language))
        }
        rewrite.replace(long) { match in
            rewrite.keep(NumberWords.digitsInGroups(match.whole, language))
        }
    }
}
