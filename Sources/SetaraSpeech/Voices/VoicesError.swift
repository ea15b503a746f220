import Foundation
import SetaraDomain

/// A problem in a file of the Voices/ folder, told so that a specialist can fix it:
/// the file, the line where known, what is wrong and the expected form, in both languages.
public struct VoicesError: Error, Sendable, Equatable {
    public var file: String
    public var line: Int?
    public var problem: LocalizedText

    public init(file: String, line: Int? = nil, problem: LocalizedText) {
        self.file = file
        self.line = line
        self.problem = problem
    }

    public func message(_ language: Language) -> String {
        let place = line.map { "\(file):\($0)" } ?? file
        return "\(place): \(problem.text(language))"
    }
}
