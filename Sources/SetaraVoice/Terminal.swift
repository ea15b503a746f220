import Foundation

/// One key press, as the session understands it: single keys only, no chords (V5).
public enum Key: Sendable, Equatable {
    case character(Character)
    case enter
    case backspace
    /// The Escape key alone.
    case escape
    /// A key with no use here (arrows, function keys): it only interrupts speech.
    case other
    /// The input ended (the terminal closed, or a script ran out of keys).
    case end
}

/// Reads single key presses from a terminal (raw mode, no echo) or a pipe, with a time limit.
public final class KeyInput: @unchecked Sendable {
    // @unchecked Sendable: used by the session's one thread; `saved` is restored once, in `restore`.
    public let fd: Int32
    private var saved: termios?
    private var pending: [UInt8] = []

    public init(fd: Int32 = 0) {
        self.fd = fd
        if isatty(fd) == 1 {
            var settings = termios()
            if tcgetattr(fd, &settings) == 0 {
                saved = settings
                var raw = settings
                raw.c_lflag &= ~tcflag_t(ICANON | ECHO)
                // Keep ISIG so Ctrl-C still ends the program; VMIN/VTIME: return each byte at once.
                withUnsafeMutableBytes(of: &raw.c_cc) { cc in
                    cc[Int(VMIN)] = 1
                    cc[Int(VTIME)] = 0
                }
                tcsetattr(fd, TCSANOW, &raw)
            }
        }
    }

    deinit { restore() }

    /// Puts the terminal back as it was.
    public func restore() {
        if var saved {
            tcsetattr(fd, TCSANOW, &saved)
            self.saved = nil
        }
    }

    /// The next key, or nil when `timeout` seconds pass first (nil timeout: wait as long as it takes).
    public func next(timeout: Double?) -> Key? {
        if pending.isEmpty {
            guard wait(timeout) else { return nil }
            var buffer = [UInt8](repeating: 0, count: 64)
            let count = read(fd, &buffer, buffer.count)
            if count <= 0 {
                if count < 0 && errno == EINTR { return nil }
                return .end
            }
            pending.append(contentsOf: buffer[0..<count])
        }
        return decode()
    }

    private func wait(_ timeout: Double?) -> Bool {
        var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        let milliseconds = timeout.map { Int32(max(0, min($0 * 1000, Double(Int32.max)))) } ?? -1
        let ready = poll(&poller, 1, milliseconds)
        return ready > 0
    }

    private func decode() -> Key {
        let byte = pending.removeFirst()
        switch byte {
        case 0x0D, 0x0A: return .enter
        case 0x7F, 0x08: return .backspace
        case 0x04: return .end
        case 0x1B:
            // An escape sequence (arrow and function keys) arrives in one read; skip it.
            if let first = pending.first, first == UInt8(ascii: "[") || first == UInt8(ascii: "O") {
                pending.removeFirst()
                while let next = pending.first {
                    pending.removeFirst()
                    if (0x40...0x7E).contains(next) { break }
                }
                return .other
            }
            return .escape
        default:
            if byte < 0x80 { return .character(Character(UnicodeScalar(byte))) }
            // A multi-byte character: take its continuation bytes.
            var bytes = [byte]
            while let next = pending.first, next & 0xC0 == 0x80 { bytes.append(pending.removeFirst()) }
            return String(decoding: bytes, as: UTF8.self).first.map(Key.character) ?? .character("?")
        }
    }
}

/// The screen: the same words the voice says, plain lines, large text left to the terminal's
/// font, no colour, no cursor movement or redraw (V15).
public final class Screen: @unchecked Sendable {
    // @unchecked Sendable: used by the session's one thread.
    private let fd: Int32
    private var midLine = false

    public init(fd: Int32 = 1) {
        self.fd = fd
    }

    /// A paragraph, with a blank line before it so that each stands apart on a braille display.
    public func show(_ text: String) {
        var out = midLine ? "\n" : ""
        out += "\n" + text + "\n"
        midLine = false
        emit(out)
    }

    /// What a key typed into a field shows: the character, or `*` in a masked field.
    public func echo(_ text: String) {
        midLine = true
        emit(text)
    }

    /// Empties the screen and its scrollback for the next person at a kiosk (issue 12, 4): the
    /// one control sequence Setara writes, between two people, never during a session (V15).
    public func clear() {
        midLine = false
        emit("\u{1B}[H\u{1B}[2J\u{1B}[3J")
    }

    private func emit(_ text: String) {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if written <= 0 { if errno == EINTR { continue } else { return } }
            offset += written
        }
    }
}
