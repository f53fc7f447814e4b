extension Session {
    /// Seeing and understanding gradients.
    static let explanationCommands: [Command] = []
}
