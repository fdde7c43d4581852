#include "audience/citynames.h"

#include <QHash>

namespace audience {

namespace {
struct Names
{
    const char *russian;
    const char *chinese;
};

const QHash<QString, Names> &table()
{
    // The capitals and large cities followers of the embassy's accounts live in (the demo's and the sandbox's,
    // the G20's capitals, the UK's and Russia's and China's largest cities).
    static const QHash<QString, Names> names = {
        {QStringLiteral("London"), {"Лондон", "伦敦"}},
        {QStringLiteral("Manchester"), {"Манчестер", "曼彻斯特"}},
        {QStringLiteral("Birmingham"), {"Бирмингем", "伯明翰"}},
        {QStringLiteral("Edinburgh"), {"Эдинбург", "爱丁堡"}},
        {QStringLiteral("Glasgow"), {"Глазго", "格拉斯哥"}},
        {QStringLiteral("Liverpool"), {"Ливерпуль", "利物浦"}},
        {QStringLiteral("Leeds"), {"Лидс", "利兹"}},
        {QStringLiteral("Bristol"), {"Бристоль", "布里斯托尔"}},
        {QStringLiteral("Cardiff"), {"Кардифф", "加的夫"}},
        {QStringLiteral("Belfast"), {"Белфаст", "贝尔法斯特"}},
        {QStringLiteral("Oxford"), {"Оксфорд", "牛津"}},
        {QStringLiteral("Cambridge"), {"Кембридж", "剑桥"}},
        {QStringLiteral("Moscow"), {"Москва", "莫斯科"}},
        {QStringLiteral("Saint Petersburg"), {"Санкт-Петербург", "圣彼得堡"}},
        {QStringLiteral("Novosibirsk"), {"Новосибирск", "新西伯利亚"}},
        {QStringLiteral("Yekaterinburg"), {"Екатеринбург", "叶卡捷琳堡"}},
        {QStringLiteral("Kazan"), {"Казань", "喀山"}},
        {QStringLiteral("Nizhniy Novgorod"), {"Нижний Новгород", "下诺夫哥罗德"}},
        {QStringLiteral("Vladivostok"), {"Владивосток", "符拉迪沃斯托克"}},
        {QStringLiteral("Beijing"), {"Пекин", "北京"}},
        {QStringLiteral("Shanghai"), {"Шанхай", "上海"}},
        {QStringLiteral("Guangzhou"), {"Гуанчжоу", "广州"}},
        {QStringLiteral("Shenzhen"), {"Шэньчжэнь", "深圳"}},
        {QStringLiteral("Harbin"), {"Харбин", "哈尔滨"}},
        {QStringLiteral("Chengdu"), {"Чэнду", "成都"}},
        {QStringLiteral("Hong Kong"), {"Гонконг", "香港"}},
        {QStringLiteral("New York City"), {"Нью-Йорк", "纽约"}},
        {QStringLiteral("New York"), {"Нью-Йорк", "纽约"}}, // as older snapshots and the demo key it
        {QStringLiteral("Washington"), {"Вашингтон", "华盛顿"}},
        {QStringLiteral("Los Angeles"), {"Лос-Анджелес", "洛杉矶"}},
        {QStringLiteral("Chicago"), {"Чикаго", "芝加哥"}},
        {QStringLiteral("San Francisco"), {"Сан-Франциско", "旧金山"}},
        {QStringLiteral("Toronto"), {"Торонто", "多伦多"}},
        {QStringLiteral("Ottawa"), {"Оттава", "渥太华"}},
        {QStringLiteral("Sydney"), {"Сидней", "悉尼"}},
        {QStringLiteral("Canberra"), {"Канберра", "堪培拉"}},
        {QStringLiteral("Dublin"), {"Дублин", "都柏林"}},
        {QStringLiteral("Paris"), {"Париж", "巴黎"}},
        {QStringLiteral("Berlin"), {"Берлин", "柏林"}},
        {QStringLiteral("Brussels"), {"Брюссель", "布鲁塞尔"}},
        {QStringLiteral("Amsterdam"), {"Амстердам", "阿姆斯特丹"}},
        {QStringLiteral("Rome"), {"Рим", "罗马"}},
        {QStringLiteral("Madrid"), {"Мадрид", "马德里"}},
        {QStringLiteral("Lisbon"), {"Лиссабон", "里斯本"}},
        {QStringLiteral("Vienna"), {"Вена", "维也纳"}},
        {QStringLiteral("Geneva"), {"Женева", "日内瓦"}},
        {QStringLiteral("Warsaw"), {"Варшава", "华沙"}},
        {QStringLiteral("Prague"), {"Прага", "布拉格"}},
        {QStringLiteral("Kyiv"), {"Киев", "基辅"}},
        {QStringLiteral("Minsk"), {"Минск", "明斯克"}},
        {QStringLiteral("Riga"), {"Рига", "里加"}},
        {QStringLiteral("Tallinn"), {"Таллин", "塔林"}},
        {QStringLiteral("Vilnius"), {"Вильнюс", "维尔纽斯"}},
        {QStringLiteral("Helsinki"), {"Хельсинки", "赫尔辛基"}},
        {QStringLiteral("Stockholm"), {"Стокгольм", "斯德哥尔摩"}},
        {QStringLiteral("Oslo"), {"Осло", "奥斯陆"}},
        {QStringLiteral("Copenhagen"), {"Копенгаген", "哥本哈根"}},
        {QStringLiteral("Istanbul"), {"Стамбул", "伊斯坦布尔"}},
        {QStringLiteral("Ankara"), {"Анкара", "安卡拉"}},
        {QStringLiteral("Tbilisi"), {"Тбилиси", "第比利斯"}},
        {QStringLiteral("Yerevan"), {"Ереван", "埃里温"}},
        {QStringLiteral("Baku"), {"Баку", "巴库"}},
        {QStringLiteral("Almaty"), {"Алматы", "阿拉木图"}},
        {QStringLiteral("Astana"), {"Астана", "阿斯塔纳"}},
        {QStringLiteral("Tashkent"), {"Ташкент", "塔什干"}},
        {QStringLiteral("Dubai"), {"Дубай", "迪拜"}},
        {QStringLiteral("Tokyo"), {"Токио", "东京"}},
        {QStringLiteral("Seoul"), {"Сеул", "首尔"}},
        {QStringLiteral("Singapore"), {"Сингапур", "新加坡"}},
        {QStringLiteral("New Delhi"), {"Нью-Дели", "新德里"}},
        {QStringLiteral("Mumbai"), {"Мумбаи", "孟买"}},
        {QStringLiteral("Cairo"), {"Каир", "开罗"}},
        {QStringLiteral("Johannesburg"), {"Йоханнесбург", "约翰内斯堡"}},
        {QStringLiteral("São Paulo"), {"Сан-Паулу", "圣保罗"}},
        {QStringLiteral("Buenos Aires"), {"Буэнос-Айрес", "布宜诺斯艾利斯"}},
        {QStringLiteral("Mexico City"), {"Мехико", "墨西哥城"}},
    };
    return names;
}
} // namespace

QString cityDisplayName(const QString &geonamesName, const QLocale &locale)
{
    const auto it = table().constFind(geonamesName);
    if (it == table().cend())
        return geonamesName;
    if (locale.language() == QLocale::Russian)
        return QString::fromUtf8(it->russian);
    if (locale.language() == QLocale::Chinese)
        return QString::fromUtf8(it->chinese);
    return geonamesName;
}

} // namespace audience
