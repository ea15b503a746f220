import Foundation

/// A regular expression compiled once and shared by every normaliser.
///
/// The rules keep their patterns in `static let`s, so no pattern is compiled while a prompt is
/// being normalised.
struct Pattern: @unchecked Sendable {
    // @unchecked Sendable: the NSRegularExpression is created in `init` and never changed; Apple
    // documents NSRegularExpression as immutable and safe to use for matching from several threads
    // at once, and matching is all this type does with it.
    let regex: NSRegularExpression
    /// Characters of which at least one must be in the text for the pattern to match; the
    /// pattern is not run on a text without any (most prompts have no digits, no symbols).
    let needs: ScalarSet?

    /// Compiles an ICU pattern. The patterns are constants of this module, so one that does not
    /// compile is a programming error that the first test to normalise anything reveals.
    init(_ pattern: String, caseInsensitive: Bool = false, needs: String? = nil) {
        do {
            regex = try NSRegularExpression(pattern: pattern, options: caseInsensitive ? [.caseInsensitive] : [])
        } catch {
            preconditionFailure("invalid normaliser pattern \(pattern): \(error)")
        }
        self.needs = needs.map(ScalarSet.init)
    }

    static let digits = "0123456789"
    /// Stands for every kept quantity in `needs`.
    static let quantity = String(Character(Unicode.Scalar(Rewrite.quantityBase) ?? " "))
    /// Stands for every kept word in `needs`.
    static let kept = String(Character(Unicode.Scalar(Rewrite.wordsBase) ?? " "))
}

/// Which characters a text holds: a bit per ASCII character, a set for the others; kept
/// quantities and kept words are each recorded as the first of their range.
struct ScalarSet: Sendable {
    private var ascii: (UInt64, UInt64) = (0, 0)
    private var others: Set<UInt32> = []

    init(_ text: String) {
        for scalar in text.unicodeScalars { insert(scalar) }
    }

    mutating func insert(_ scalar: Unicode.Scalar) {
        let value = scalar.value
        switch value {
        case 0..<64: ascii.0 |= 1 << UInt64(value)
        case 64..<128: ascii.1 |= 1 << UInt64(value - 64)
        case Rewrite.quantityBase..<Rewrite.wordsBase: others.insert(Rewrite.quantityBase)
        case Rewrite.wordsBase..<(Rewrite.wordsBase + UInt32(Rewrite.capacity)): others.insert(Rewrite.wordsBase)
        default: others.insert(value)
        }
    }

    func intersects(_ other: ScalarSet) -> Bool {
        if ascii.0 & other.ascii.0 != 0 || ascii.1 & other.ascii.1 != 0 { return true }
        return !others.isDisjoint(with: other.others)
    }
}

/// Builds a string from scalars through UTF-8 bytes, much faster than appending to a
/// `String.UnicodeScalarView` one scalar at a time.
struct UTF8Builder {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    var last: UInt8? { bytes.last }

    mutating func append(_ scalar: Unicode.Scalar) {
        if scalar.isASCII {
            bytes.append(UInt8(scalar.value))
        } else {
            UTF8.encode(scalar) { bytes.append($0) }
        }
    }

    mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    mutating func append<S: Sequence>(contentsOf scalars: S) where S.Element == Unicode.Scalar {
        for scalar in scalars { append(scalar) }
    }

    mutating func removeLast() {
        bytes.removeLast()
    }

    var string: String { String(decoding: bytes, as: UTF8.self) }
}

/// One match of a pattern, with its groups as strings.
///
/// Groups are cut from the Swift string through `Range(_:in:)`: `NSString.substring` costs some
/// sixty times more on Linux.
struct PatternMatch {
    let result: NSTextCheckingResult
    let text: String

    /// The text of a group, nil when the group took no part in the match.
    subscript(_ group: Int) -> String? {
        guard group < result.numberOfRanges else { return nil }
        return slice(result.range(at: group))
    }

    var whole: String { slice(result.range) ?? "" }

    /// The text just before the match, up to `length` UTF-16 units.
    func before(_ length: Int) -> String {
        let start = max(0, result.range.location - length)
        return slice(NSRange(location: start, length: result.range.location - start)) ?? ""
    }

    /// The text just after the match, up to `length` UTF-16 units.
    func after(_ length: Int) -> String {
        let start = NSMaxRange(result.range)
        let available = text.utf16.count - start
        return slice(NSRange(location: start, length: max(0, min(length, available)))) ?? ""
    }

    private func slice(_ range: NSRange) -> String? {
        guard range.location != NSNotFound, let bounds = Range(range, in: text) else { return nil }
        return String(text[bounds])
    }
}
