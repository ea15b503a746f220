import Foundation
import SetaraApp
import SetaraDomain
import SetaraKit
import SetaraStore

/// Asks the guided form of a new record at this terminal (the questions, their checks and Back
/// are the application layer's `GuidedInterview`), the fields given by flags counting as answered,
/// then saves with `save`. A problem found when saving asks only the questions it concerns.
func guided<Record>(_ office: Office, _ kind: RecordKind, fields: [String: FieldValue],
                    save: ([String: FieldValue]) throws -> Record) throws -> Record {
    let form = try office.guidedForm(kind)
    Console.out(form.title.text(language) + ". "
                + L("Ketik kembali untuk ke pertanyaan sebelumnya; jawaban yang sudah diketik tidak hilang.",
                    "Type back to go to the previous question; nothing you typed is lost."))
    var draft = GuidedDraft(fields: fields)
    let interview = GuidedInterview(form: form, language: language, check: { try office.problems(kind, $0) },
                                    read: { readLine() }, write: { FileHandle.standardOutput.write(Data($0.utf8)) })
    try interview.run(&draft)
    return try interview.complete(&draft, save: save)
}
