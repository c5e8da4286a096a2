namespace GlosKlienta.Documents;

/// <summary>The formats a <see cref="Document"/> is rendered to.</summary>
public enum DocumentFormat { Html, Pdf, Odt, Docx }
