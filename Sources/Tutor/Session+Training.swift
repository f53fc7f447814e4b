extension Session {
    /// Gradient descent on the learner's parameters.
    static let trainingCommands: [Command] = []
}
