import Foundation
import SetaraDomain
import SetaraSpeech

/// Checks that the prompts files of Voices/ hold every text the terminal uses, in every
/// language, with exactly the placeholders the terminal fills, and nothing the terminal does not know.
public enum PromptCheck {
    public static func problems(_ voices: Voices) -> [VoicesError] {
        var problems: [VoicesError] = []
        for language in Language.allCases {
            let file = "Voices/\(language.rawValue)/prompts.yaml"
            let texts = voices.pack(language).prompts.texts
            for prompt in Prompt.allCases {
                guard let text = texts[prompt.rawValue] else {
                    problems.append(VoicesError(file: file, problem: LocalizedText(
                        id: "kunci \(prompt.rawValue) tidak ada; setiap kalimat harus ada dalam kedua bahasa",
                        en: "key \(prompt.rawValue) is missing; every text must exist in both languages")))
                    continue
                }
                if text.trimmingCharacters(in: .whitespaces).isEmpty {
                    problems.append(VoicesError(file: file, problem: LocalizedText(
                        id: "kunci \(prompt.rawValue) kosong; tulis kalimatnya", en: "key \(prompt.rawValue) is empty; write its text")))
                }
                if PromptBook.placeholders(in: text) != prompt.placeholders {
                    let expected = prompt.placeholders.sorted().map { "{\($0)}" }.joined(separator: " ")
                    problems.append(VoicesError(file: file, problem: LocalizedText(
                        id: "kunci \(prompt.rawValue) harus memakai tanda \(expected.isEmpty ? "(tidak ada)" : expected)",
                        en: "key \(prompt.rawValue) must use the placeholders \(expected.isEmpty ? "(none)" : expected)")))
                }
            }
            for key in texts.keys.sorted() where Prompt(rawValue: key) == nil {
                problems.append(VoicesError(file: file, problem: LocalizedText(
                    id: "kunci \(key) tidak dikenal; periksa ejaannya", en: "key \(key) is unknown; check its spelling")))
            }
        }
        return problems
    }
}
