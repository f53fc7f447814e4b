extension Session {
    /// Guided lessons.
    static let lessonCommands: [Command] = []
}
