namespace Backchannel.Dates;

/// <summary>Function words and adverbs the date grammar reacts to.</summary>
internal enum DateKeyword : byte
{
    None = 0,
    The, A, An, This, That, These, Last, Next, Past, Coming, Previous, Following, Latest, Recent, Recently, Current,
    Currently, Now, Today, Yesterday, Tomorrow, Tonight, Overnight, Noon, Midnight, Future, Soon, Previously,
    Formerly, Nowadays, Present, Ago, Earlier, Later, Before, After, Early, Late, Mid, Middle, Beginning, Start, End,
    Every, Each, Per, Fiscal, Few, Several, Some, Many, Couple, Of, Other, Around, About, Approximately, Roughly, Nearly,
    Almost, More, Less, Than, Over, Under, At, Least, Most, Up, To, No, Just, And, Or, From, Between, Through, Until,
    Since, In, On, During, Within, For, Half, Oclock, Ahead, Prior, Old, Long, Full, Whole, Entire, Straight, Consecutive, Trading, Business, Hence,
}
