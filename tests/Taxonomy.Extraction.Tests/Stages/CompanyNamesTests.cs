namespace Taxonomy.Extraction.Tests.Stages;

/// <summary>
/// One company's name printed the ways EDGAR's header, an issuer listing and a statement's title print it compares
/// equal; another company's does not. Fictional names.
/// </summary>
public sealed class CompanyNamesTests
{
    [Theory]
    [InlineData("FERNHOLLOW ENERGY HOLDINGS INC", "Fernhollow Energy Holdings, Incorporated")]
    [InlineData("QUILLFEATHER COM INC", "Quillfeather.com, Inc.")]
    [InlineData("IRONBRIDGE CO /DE/", "The Ironbridge Company")]
    [InlineData("MARLOW & PIKE CORP", "Marlow and Pike Corporation")]
    [InlineData("LANTERN WORKS N V", "Lantern Works N.V.")]
    public void One_company_printed_two_ways_is_equal(string conformed, string printed) =>
        Assert.True(CompanyNames.Equal(conformed, printed));

    [Theory]
    [InlineData("FERNHOLLOW ELECTRIC CO", "Fernhollow Energy Holdings Inc.")]
    [InlineData("FERNHOLLOW ENERGY HOLDINGS INC", "Fernhollow Energy Inc.")]
    [InlineData("INC", "Quillfeather Inc.")]
    public void Different_companies_are_not_equal(string conformed, string printed) =>
        Assert.False(CompanyNames.Equal(conformed, printed));

    [Theory]
    [InlineData("IRONBRIDGE ELECTRIC COMPANY AND SUBSIDIARIES", "ironbridge electric")]
    [InlineData("Ironbridge Electric Company and its Consolidated Subsidiaries", "ironbridge electric")]
    [InlineData("The Quillfeather Group, Ltd.", "quillfeather group")]
    [InlineData("Lantern Works GmbH", "lantern works")]
    [InlineData("SOUTHERN WIDGET CO /GA/", "southern widget")]
    [InlineData("Inc.", "inc")]
    public void The_core_leaves_out_article_group_ending_legal_form_and_state(string name, string core) =>
        Assert.Equal(core, string.Join(' ', CompanyNames.Core(name)));

    [Theory]
    [InlineData("Quillfeather", "Quillfeather Robotics")]
    [InlineData("Wal Tor Stores", "Waltor Stores")]
    [InlineData("IBE", "International Bolt Exchange")]
    [InlineData("Tilly", "Eli Tilly and Company")]
    public void Shortened_spellings_name_the_same_company(string a, string b) =>
        Assert.True(CompanyNames.SameCompany(CompanyNames.Core(a), CompanyNames.Core(b)));

    [Theory]
    [InlineData("Ironbridge Electric Company", "Ironbridge Bancorp, Inc.")]
    [InlineData("IBE", "Ironbridge Electric")]
    public void A_sibling_or_other_initials_name_another_company(string a, string b) =>
        Assert.False(CompanyNames.SameCompany(CompanyNames.Core(a), CompanyNames.Core(b)));
}
