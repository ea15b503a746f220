import Foundation
import SetaraDomain
import SetaraKit
import SetaraStore

/// The answers given so far to a guided form: the record's fields as a flag or an import file
/// would give them, and the words each answer was typed in (shown back when a question is asked
/// again, and kept when Enter is pressed).
public struct GuidedDraft: Sendable {
    public var fields: [String: FieldValue]
    /// The text typed for each question, by question key.
    public var typed: [String: String] = [:]
    /// The catalog entries the last search showed, by their number (workplace accommodations).
    var shown: [String] = []
    /// What questions that share a field picked, by question key (the needs asked after each
    /// difficulty, gathered into one list; the Washington Group answer of each domain).
    var picks: [String: [String]] = [:]

    public init(fields: [String: FieldValue] = [:]) {
        self.fields = fields
    }
}

/// What a question made of an answer.
public enum GuidedReply: Sendable, Equatable {
    /// Taken; with a note to show (what a name was found to be: "3402 Kabupaten Bantul").
    case accepted(note: String?)
    /// Not taken: what is wrong and what is expected, in the person's language.
    case problem(String)
    /// Not an answer but something to show, after which the same question is asked again (the
    /// accommodations a catalog search found).
    case shown(String)
}

/// One question of a guided form: its words, the choices it offers, how an answer is read into
/// the record's fields. The checks themselves are the record's (`Office.problems`): a question
/// reads the words (a number, a name in either language) and the record's rules judge the value,
/// so that an answer is held to exactly what a flag or an import file is held to.
public struct GuidedQuestion: Sendable {
    /// Names the question in a draft; the record field it fills where there is one ("sex").
    public let key: String
    public let text: LocalizedText
    /// Choices shown under the question, numbered from 1; a person types the number or the words.
    public let choices: [LocalizedText]
    /// More choices than fit under a question: shown when "?" is typed.
    public let longList: Bool
    public let required: Bool
    /// What Enter alone answers when nothing was answered before (the lowest demand of a job).
    public let defaultAnswer: String?
    /// The record fields the question answers: a problem the record's checks find in one of them
    /// (or below it: "demands.lifting", "consent.given") is this question's to put right.
    public internal(set) var fields: [String]
    /// Reads an answer into the draft.
    var read: @Sendable (String, inout GuidedDraft, Language) -> GuidedReply
    /// Takes the question's answer out of the draft (Enter on an optional question answered before: kept; see `GuidedInterview`).
    let clear: @Sendable (inout GuidedDraft) -> Void
    /// Whether the question is asked, given the answers so far (the disability category only after consent).
    var applies: @Sendable (GuidedDraft) -> Bool
    /// Problems of other fields the answer causes too (a sex the NIK does not give is the NIK's
    /// problem, named by the record's check, and the sex question's to put right as well).
    var alsoAnswers: Set<ValidationIssue.Problem> = []

    init(key: String, text: LocalizedText, choices: [LocalizedText] = [], longList: Bool = false, required: Bool = false,
         defaultAnswer: String? = nil, fields: [String]? = nil,
         read: @escaping @Sendable (String, inout GuidedDraft, Language) -> GuidedReply,
         clear: (@Sendable (inout GuidedDraft) -> Void)? = nil,
         applies: @escaping @Sendable (GuidedDraft) -> Bool = { _ in true }) {
        self.key = key
        self.text = text
        self.choices = choices
        self.longList = longList
        self.required = required
        self.defaultAnswer = defaultAnswer
        self.fields = fields ?? [key]
        self.read = read
        self.clear = clear ?? { draft in draft.fields[key] = nil }
        self.applies = applies
    }

    /// The question's few first words, naming the field in messages ("Nomor telepon").
    public func name(_ language: Language) -> String {
        let words = text.text(language)
        let end = words.firstIndex { "(:?,".contains($0) } ?? words.endIndex
        return String(words[..<end]).trimmed
    }

    /// Whether a problem the record's checks found is this question's.
    public func answers(_ issue: ValidationIssue) -> Bool {
        let field = issue.field
        return alsoAnswers.contains(issue.problem) || fields.contains { field == $0 || field.hasPrefix($0 + ".") || field.hasPrefix($0 + "[") }
    }
}

/// A record kind's questions, in the order they are asked.
public struct GuidedForm: Sendable {
    public let kind: RecordKind
    public let title: LocalizedText
    public let questions: [GuidedQuestion]
}

/// Asks a guided form's questions through any line-by-line terminal: `read` gives a typed line
/// (nil when the input has ended), `write` shows text as it is (a line ends with "\n"). Each answer is checked as it is given;
/// "kembali" or "back" goes to the question before; Enter keeps an answer given before; at the
/// end a problem found when saving sends the person back to the questions it concerns only.
public struct GuidedInterview {
    public let form: GuidedForm
    public let language: Language
    let check: ([String: FieldValue]) throws -> [ValidationIssue]
    let read: () -> String?
    let write: (String) -> Void

    /// The words that go back one question, in either language.
    public static let backWords: Set<String> = ["kembali", "back"]

    public init(form: GuidedForm, language: Language, check: @escaping ([String: FieldValue]) throws -> [ValidationIssue],
                read: @escaping () -> String?, write: @escaping (String) -> Void) {
        self.form = form
        self.language = language
        self.check = check
        self.read = read
        self.write = write
    }

    private func t(_ id: String, _ en: String) -> String { language == .id ? id : en }

    /// Shows a line.
    func say(_ text: String) { write(text + "\n") }

    /// Asks the questions the fields given beforehand (by flags) leave open: a question whose
    /// fields were all given correctly is not asked; one whose given value the record's checks
    /// refuse is asked, so that the whole record can still be saved in this run.
    public func run(_ draft: inout GuidedDraft) throws {
        let refused = try check(draft.fields).map(\.field)
        let given = Set(draft.fields.keys.filter { key in !refused.contains { $0 == key || $0.hasPrefix(key + ".") || $0.hasPrefix(key + "[") } })
        try ask(&draft, given: given)
    }

    /// Asks every question that applies and that no flag answered already (`given`: the fields
    /// given before the questions began), or only the questions named in `only`.
    public func ask(_ draft: inout GuidedDraft, given: Set<String> = [], only: Set<String>? = nil) throws {
        let asked = form.questions.indices.filter { index in
            let question = form.questions[index]
            if let only { return only.contains(question.key) }
            return !question.fields.contains { given.contains($0) } && !given.contains(question.key)
        }
        var history: [Int] = []
        var position = 0
        while position < asked.count {
            let question = form.questions[asked[position]]
            guard question.applies(draft) else {
                // A question that no longer applies (consent withdrawn) keeps no answer.
                question.clear(&draft)
                draft.typed[question.key] = nil
                position += 1
                continue
            }
            switch try answer(question, number: position + 1, of: asked.count, draft: &draft) {
            case .next:
                history.append(position)
                position += 1
            case .back:
                if let previous = history.popLast() {
                    say(t("Kembali ke pertanyaan sebelumnya; jawaban Anda tetap tersimpan sampai diubah.",
                            "Back to the previous question; your answers stay until you change them."))
                    position = previous
                } else {
                    say(t("Ini pertanyaan pertama; tidak ada pertanyaan sebelumnya.", "This is the first question; there is none before it."))
                }
            }
        }
    }

    enum Step { case next, back }

    /// Asks one question until it has an acceptable answer, or the person goes back.
    func answer(_ question: GuidedQuestion, number: Int, of count: Int, draft: inout GuidedDraft) throws -> Step {
        say(prompt(question, number: number, of: count, draft: draft))
        while true {
            write("> ")
            guard let line = read() else {
                throw AppError(.usage, problem: LocalizedText(
                    id: "Masukan berakhir sebelum semua pertanyaan terjawab; tidak ada yang disimpan.",
                    en: "Input ended before every question was answered; nothing was saved."))
            }
            let typed = line.trimmed
            if Self.backWords.contains(typed.lowercased()) { return .back }
            if typed == "?" {
                say(choiceList(question))
                continue
            }
            if typed.isEmpty {
                if draft.typed[question.key] != nil { return .next }
                if let answer = question.defaultAnswer {
                    _ = question.read(answer, &draft, language)
                    return .next
                }
                if question.required {
                    say(t("Pertanyaan ini wajib dijawab.", "This question must be answered.") + " " + expected(question))
                    continue
                }
                return .next
            }
            var trial = draft
            switch question.read(typed, &trial, language) {
            case .problem(let message):
                say(message + (question.choices.isEmpty ? "" : " " + expected(question)))
                continue
            case .shown(let text):
                draft = trial
                say(text)
                continue
            case .accepted(let note):
                let problems = try check(trial.fields).filter { question.answers($0) }
                if !problems.isEmpty {
                    // Named as the question names the field, not by its id in files.
                    say(problems.map { issue in
                        // Named as the question names the field, not by its id in files (a NIK problem keeps its name).
                        (issue.field == question.fields.first ? ValidationIssue(field: question.name(language), problem: issue.problem) : issue)
                            .message(language)
                    }
                        .joined(separator: "\n"))
                    continue
                }
                trial.typed[question.key] = typed
                draft = trial
                if let note { say(note) }
                return .next
            }
        }
    }

    /// The question with its number, its choices and what Enter does.
    func prompt(_ question: GuidedQuestion, number: Int, of count: Int, draft: GuidedDraft) -> String {
        var lines = ["", "(\(number)/\(count)) " + question.text.text(language)]
        if !question.choices.isEmpty && !question.longList {
            lines.append("   " + numbered(question.choices).joined(separator: " / "))
        }
        if question.longList {
            lines.append("   " + t("Ketik ? untuk daftar pilihan.", "Type ? for the list of choices."))
        }
        var hints: [String] = []
        if let typed = draft.typed[question.key] {
            hints.append(t("sekarang: \(typed); Enter untuk tetap", "now: \(typed); Enter to keep it"))
        } else if let answer = question.defaultAnswer {
            let shown = Int(answer).flatMap { question.choices.indices.contains($0 - 1) ? question.choices[$0 - 1].text(language) : nil } ?? answer
            hints.append(t("Enter: \(shown)", "Enter: \(shown)"))
        } else if question.required {
            hints.append(t("wajib", "required"))
        } else {
            hints.append(t("Enter untuk melewati", "Enter to skip"))
        }
        hints.append(t("kembali: pertanyaan sebelumnya", "back: the previous question"))
        lines.append("   [" + hints.joined(separator: "; ") + "]")
        return lines.joined(separator: "\n")
    }

    func numbered(_ choices: [LocalizedText]) -> [String] {
        choices.enumerated().map { "\($0.offset + 1) \($0.element.text(language))" }
    }

    func choiceList(_ question: GuidedQuestion) -> String {
        guard !question.choices.isEmpty else { return expected(question) }
        return numbered(question.choices).map { "   " + $0 }.joined(separator: "\n")
    }

    /// What the question expects, when an answer was not one of its choices.
    func expected(_ question: GuidedQuestion) -> String {
        guard !question.choices.isEmpty else { return "" }
        let range = question.choices.count == 1 ? "1" : "1–\(question.choices.count)"
        if question.longList {
            return t("Ketik nomor (\(range)) atau nama pilihan; ketik ? untuk daftarnya.",
                     "Type a number (\(range)) or a choice's name; type ? for the list.")
        }
        let words = question.choices.map { $0.text(language) }.joined(separator: ", ")
        return t("Jawab dengan nomor \(range) atau kata: \(words).", "Answer with a number \(range) or the words: \(words).")
    }

    /// Saves the record; when saving finds problems in answers, shows them and asks those
    /// questions again (the others keep their answers), then saves again.
    public func complete<Record>(_ draft: inout GuidedDraft, save: ([String: FieldValue]) throws -> Record) throws -> Record {
        while true {
            do {
                return try save(draft.fields)
            } catch let error as AppError where error.kind == .data {
                let bad = form.questions.filter { question in error.issues.contains { question.answers($0) } }
                guard !bad.isEmpty else { throw error }
                say(error.message(language))
                say(t("Perbaiki jawaban di atas; jawaban lain tetap tersimpan.", "Correct the answers above; the other answers are kept."))
                for question in bad { draft.typed[question.key] = nil }
                try ask(&draft, only: Set(bad.map(\.key)))
            }
        }
    }
}
