namespace Harness.Testing.Reporting.Allure;

/// <summary>An attachment to be placed in the results folder: copied from <see cref="SourcePath"/>, or written from <see cref="Text"/>.</summary>
/// <param name="Attachment">The reference the result holds (its Source is the file name to create).</param>
/// <param name="SourcePath">A file of the test's evidence to copy, or null.</param>
/// <param name="Text">Text to write, when there is no file.</param>
public sealed record AllureAttachmentSource(AllureAttachment Attachment, string? SourcePath, string? Text);
