import ArgumentParser
import Foundation
import SetaraDomain

/// swift-argument-parser writes its help layout and its usage errors in English. When the run's
/// language is Indonesian, they are put into Indonesian here, line by line, before they are shown:
/// the headings (USAGE, OPTIONS, ...), "(default: ...)", the built-in help option, and each
/// parser error ("Unknown option", "Missing expected argument", ...). Setara's own texts are
/// already in the run's language.
enum IndonesianHelp {
    /// Pattern and replacement, tried in order on each line; `$1`, `$2` are the parts kept.
    static let rules: [(NSRegularExpression, String)] = [
        (#"^OVERVIEW: "#, "RINGKASAN: "),
        (#"^USAGE: "#, "PENGGUNAAN: "),
        (#"^ARGUMENTS:$"#, "ARGUMEN:"),
        (#"^OPTIONS:$"#, "OPSI:"),
        (#"^SUBCOMMANDS:$"#, "SUBPERINTAH:"),
        (#"\(default: "#, "(bawaan: "),
        (#"\(values: "#, "(nilai: "),
        (#"; default: "#, "; bawaan: "),
        (#"Show help information\."#, "Menampilkan bantuan ini."),
        (#"Show the version\."#, "Menampilkan versi."),
        (#"^  See '(.*) --help' for more information\.$"#, "  Lihat '$1 --help' untuk keterangan lebih lanjut."),
        (#"^  See '(.*) <subcommand>' for detailed help\.$"#, "  Lihat '$1 <subcommand>' untuk bantuan terperinci."),
        (#"^Usage: "#, "Penggunaan: "),
        (#"^Error: "#, "Galat: "),
        (#"^Help:  "#, "Bantuan:  "),
        (#"Unknown option '([^']*)'\. Did you mean '([^']*)'\?"#, "Opsi '$1' tidak dikenal. Maksud Anda '$2'?"),
        (#"Unknown option '([^']*)'"#, "Opsi '$1' tidak dikenal"),
        (#"Missing expected argument '([^']*)'"#, "Argumen '$1' belum diberikan"),
        (#"Missing value for '([^']*)'"#, "Nilai untuk '$1' belum diberikan"),
        (#"Unexpected argument '([^']*)'"#, "Argumen '$1' tidak dikenal"),
        (#"The value '([^']*)' is invalid for '([^']*)'"#, "Nilai '$1' tidak sah untuk '$2'"),
        (#"Missing required subcommand\."#, "Subperintah belum diberikan."),
        (#"Missing one of: "#, "Harus salah satu dari: "),
        (#"<subcommand>"#, "<subperintah>"),
        (#"<options>"#, "<opsi>"),
    ].map { (try! NSRegularExpression(pattern: $0.0, options: [.anchorsMatchLines]), $0.1) }

    static func translate(_ text: String) -> String {
        var result = text
        for (pattern, template) in rules {
            result = pattern.stringByReplacingMatches(in: result, range: NSRange(result.startIndex..., in: result), withTemplate: template)
        }
        return result
    }

    /// The arguments without a `--lang id|en` written before the subcommand: the language is
    /// fixed from all arguments before parsing (`language`), and every subcommand also takes
    /// `--lang` after its name.
    static func withoutLeadingLanguage(_ arguments: [String]) -> [String] {
        var rest = arguments[...]
        var kept: [String] = []
        while let first = rest.first, first.hasPrefix("-") {
            if first == "--lang", rest.count > 1, Language(rawValue: rest[rest.startIndex + 1].lowercased()) != nil {
                rest = rest.dropFirst(2)
            } else if first.hasPrefix("--lang="), Language(rawValue: String(first.dropFirst(7)).lowercased()) != nil {
                rest = rest.dropFirst()
            } else {
                kept.append(first)
                rest = rest.dropFirst()
            }
        }
        return kept + rest
    }
}

extension Setara {
    /// Parses and runs the command as `ParsableCommand.main` does, with help and usage errors in
    /// the run's language.
    static func runInLanguage(_ arguments: [String]) -> Never {
        let arguments = IndonesianHelp.withoutLeadingLanguage(arguments)
        do {
            // A look-up and the due list are parsed by their own small command trees: a look-up is
            // often a step in the middle of typing a record, the due list is an officer's first
            // command of the day, and the whole tree of commands takes longer to build than either.
            // Help and usage errors come from the whole tree (with "setara" in the usage line).
            let helpWords: Set<String> = ["-h", "--help", "help", "--version"]
            let direct: [String: any ParsableCommand.Type] = ["lookup": LookupCommand.self, "due": DueCommand.self]
            if let first = arguments.first, let type = direct[first],
               !arguments.contains(where: { helpWords.contains($0) || $0.hasPrefix("--experimental") || $0.hasPrefix("--generate") }),
               var command = try? type.parseAsRoot(Array(arguments.dropFirst())) {
                try command.run()
                Foundation.exit(0)
            }
            var command = try parseAsRoot(arguments)
            try command.run()
            Foundation.exit(0)
        } catch {
            let code = exitCode(for: error)
            var message = fullMessage(for: error)
            if language == .id { message = IndonesianHelp.translate(message) }
            if !message.isEmpty {
                if code == .success { Console.out(message) } else { Console.err(message) }
            }
            Foundation.exit(code.rawValue)
        }
    }
}
