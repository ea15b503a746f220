/// Yes and no in both languages: one list for flags, prompts and import files.
public enum YesNo {
    public static func parse(_ text: String) -> Bool? {
        switch text.trimmed.lowercased() {
        case "yes", "y", "true", "1", "ya", "iya", "benar": return true
        case "no", "n", "false", "0", "tidak", "tdk", "t", "bukan", "salah": return false
        default: return nil
        }
    }
}
