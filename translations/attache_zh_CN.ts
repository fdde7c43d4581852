<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>audience</name>
    <message>
        <source>gazetteer: %1, line %2 is malformed</source>
        <translation>地名词典：%1 第 %2 行格式错误</translation>
    </message>
    <message>
        <source>unexpected argument '%1'</source>
        <translation>意外的参数“%1”</translation>
    </message>
    <message>
        <source>the gazetteer cannot be read</source>
        <translation>无法读取地名词典</translation>
    </message>
    <message>
        <source>Other countries</source>
        <translation>其他国家</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>商业</translation>
    </message>
    <message>
        <source>News</source>
        <translation>新闻</translation>
    </message>
    <message>
        <source>Politics</source>
        <translation>政治</translation>
    </message>
    <message>
        <source>Culture</source>
        <translation>文化</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>旅行</translation>
    </message>
    <message>
        <source>Sport</source>
        <translation>体育</translation>
    </message>
    <message>
        <source>Science</source>
        <translation>科学</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>教育</translation>
    </message>
    <message>
        <source>Members of Parliament</source>
        <translation>议会议员</translation>
    </message>
    <message>
        <source>Members of the European Parliament</source>
        <translation>欧洲议会议员</translation>
    </message>
    <message>
        <source>Local authorities</source>
        <translation>地方政府</translation>
    </message>
    <message>
        <source>Journalists and media</source>
        <translation>记者与媒体</translation>
    </message>
    <message>
        <source>Correspondents in Moscow</source>
        <translation>驻莫斯科记者</translation>
    </message>
    <message>
        <source>Diplomats and embassies</source>
        <translation>外交官与使馆</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Opinion in the inbox, per day</source>
        <translation>收件箱中的每日意见分布</translation>
    </message>
    <message>
        <source>%1 gave the number of followers (%2) but no breakdown; the last breakdown is kept.</source>
        <translation>%1 提供了关注者数量（%2），但没有细分数据；保留上一次的细分数据。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>“%1” could not be written.</source>
        <translation>无法写入“%1”。</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>另存为 PNG…</translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation>另存为 SVG…</translation>
    </message>
    <message>
        <source>Save data as CSV…</source>
        <translation>将数据另存为 CSV…</translation>
    </message>
    <message numerus="yes">
        <source>nothing imported: %n bad line(s)</source>
        <translation>
            <numerusform>未导入任何内容：%n 行有误</numerusform>
        </translation>
    </message>
    <message>
        <source>--followers takes the account's number of followers</source>
        <translation>--followers 需要账号的关注者人数</translation>
    </message>
    <message>
        <source>unknown option '%1'</source>
        <translation>未知选项“%1”</translation>
    </message>
    <message>
        <source>usage: audience import --account ID [--workspace PATH] [--followers N] FILE</source>
        <translation>用法：audience import --account ID [--workspace 路径] [--followers N] 文件</translation>
    </message>
    <message>
        <source>'%1' is neither CSV (.csv, .tsv) nor JSON (.json, .jsonl)</source>
        <translation>“%1”既不是 CSV（.csv、.tsv）也不是 JSON（.json、.jsonl）</translation>
    </message>
    <message>
        <source>cannot read '%1': %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>no account '%1' in this workspace</source>
        <translation>此工作区中没有账号“%1”</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>……另有 %1 条</translation>
    </message>
    <message>
        <source>imported %1 followers of %2 as snapshot %3</source>
        <translation>已导入 %2 的 %1 位关注者，快照 %3</translation>
    </message>
    <message>
        <source>not available: %1 no longer reports it</source>
        <translation>不可用：%1 已不再提供此数据</translation>
    </message>
    <message>
        <source>Followers, with published posts marked</source>
        <translation>关注者人数（标出已发布的帖子）</translation>
    </message>
    <message>
        <source>%1, %2: %3 followers</source>
        <translation>%1，%2：%3 位关注者</translation>
    </message>
    <message>
        <source>%1: posts</source>
        <translation>%1：帖子</translation>
    </message>
    <message>
        <source>%1 — “%2”, %3</source>
        <translation>%1 — “%2”，%3</translation>
    </message>
    <message>
        <source>reach %1, engagement %2</source>
        <translation>覆盖 %1，互动 %2</translation>
    </message>
    <message>
        <source>no data in this range</source>
        <translation>此时间范围内没有数据</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 中的 %1</translation>
    </message>
    <message>
        <source>Reach and engagement per post</source>
        <translation>每条帖子的覆盖与互动</translation>
    </message>
    <message>
        <source>no published posts measured in this range</source>
        <translation>此时间范围内没有已统计的帖子</translation>
    </message>
    <message>
        <source>Reach: %1</source>
        <translation>覆盖：%1</translation>
    </message>
    <message>
        <source>Impressions: %1</source>
        <translation>展示次数：%1</translation>
    </message>
    <message>
        <source>Reactions %1, comments %2, shares %3</source>
        <translation>反应 %1，评论 %2，分享 %3</translation>
    </message>
    <message>
        <source>Quotes: %1</source>
        <translation>引用：%1</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>互动</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>覆盖</translation>
    </message>
    <message>
        <source>Opinion in the inbox, per week</source>
        <translation>收件箱中的意见（按周）</translation>
    </message>
    <message>
        <source>%1, %2: %3 of %4</source>
        <translation>%1，%2：%4 条中的 %3 条</translation>
    </message>
</context>
<context>
    <name>audience::FollowerImport</name>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>the file lists no followers</source>
        <translation>文件中没有任何关注者</translation>
    </message>
    <message>
        <source>text after a closing quote</source>
        <translation>右引号后还有文字</translation>
    </message>
    <message>
        <source>a quoted field opened on this line is never closed</source>
        <translation>此行开始的带引号字段没有闭合</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>the header names no location or bio column (it has: %1)</source>
        <translation>表头中没有位置或简介列（现有：%1）</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>有 %1 个字段，而表头有 %2 个</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation>文本不是有效的 UTF-8</translation>
    </message>
    <message>
        <source>"verified" is "%1"; expected true or false</source>
        <translation>“verified”的值为“%1”；应为 true 或 false</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>"%1" is %2; expected text</source>
        <translation>“%1”是%2；应为文本</translation>
    </message>
    <message>
        <source>"verified" is %1; expected true or false</source>
        <translation>“verified”是%1；应为 true 或 false</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>expected an object, found a list</source>
        <translation>应为对象，实际为列表</translation>
    </message>
    <message>
        <source>the list is not closed with ]</source>
        <translation>列表没有以 ] 结束</translation>
    </message>
    <message>
        <source>an empty element in the list</source>
        <translation>列表中有空元素</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>应为对象，实际为 %1</translation>
    </message>
    <message>
        <source>text after the end of the list</source>
        <translation>列表结束后还有文字</translation>
    </message>
</context>
<context>
    <name>audience::TailoringHint</name>
    <message>
        <source>most interested in business</source>
        <translation>最关注商业</translation>
    </message>
    <message>
        <source>most interested in news</source>
        <translation>最关注新闻</translation>
    </message>
    <message>
        <source>most interested in politics</source>
        <translation>最关注政治</translation>
    </message>
    <message>
        <source>most interested in culture</source>
        <translation>最关注文化</translation>
    </message>
    <message>
        <source>most interested in sport</source>
        <translation>最关注体育</translation>
    </message>
    <message>
        <source>most interested in science</source>
        <translation>最关注科学</translation>
    </message>
    <message>
        <source>most interested in travel</source>
        <translation>最关注旅行</translation>
    </message>
    <message>
        <source>most interested in education</source>
        <translation>最关注教育</translation>
    </message>
    <message>
        <source>nearly all</source>
        <translation>几乎全部</translation>
    </message>
    <message>
        <source>most</source>
        <translation>大部分</translation>
    </message>
    <message>
        <source>two thirds</source>
        <translation>三分之二</translation>
    </message>
    <message>
        <source>half</source>
        <translation>一半</translation>
    </message>
    <message>
        <source>a third</source>
        <translation>三分之一</translation>
    </message>
    <message>
        <source>a quarter</source>
        <translation>四分之一</translation>
    </message>
    <message>
        <source>%1% %2</source>
        <translation>%1% 在%2</translation>
    </message>
    <message>
        <source>%1, %2 in %3</source>
        <translation>%1，其中%2在%3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>(from a sample of %1)</source>
        <translation>（基于 %1 人的样本）</translation>
    </message>
    <message>
        <source>UK</source>
        <translation>英国</translation>
    </message>
    <message>
        <source>US</source>
        <translation>美国</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Print the version and exit.</source>
        <translation>显示版本并退出。</translation>
    </message>
    <message>
        <source>Create the demo workspace in a new file.</source>
        <translation>在新文件中创建演示工作区。</translation>
    </message>
    <message>
        <source>Check a workspace's integrity and schema version without changing it.</source>
        <translation>检查工作区的完整性和架构版本，不做任何修改。</translation>
    </message>
    <message>
        <source>Publish every approved variant that is due, exactly once (--watch: keep publishing until stopped; one publisher per workspace at a time).</source>
        <translation>发布所有已到时间的已审核版本，每个仅发布一次（--watch：持续发布直到停止；每个工作区同一时间只能有一个发布程序）。</translation>
    </message>
    <message>
        <source>Count each line of standard input (with --json: each line a JSON string) by the platform's rules; prints one JSON object per line, null for a rejected line.</source>
        <translation>按平台规则统计标准输入的每一行（使用 --json 时每行为一个 JSON 字符串）；每行输出一个 JSON 对象，被拒绝的行输出 null。</translation>
    </message>
    <message>
        <source>Classify each line of standard input (with --json: each line a JSON string): prints one JSON object per line with lang (en, ru, zh, other), stance, score (-1 to 1) and the cues that decided it.</source>
        <translation>对标准输入的每一行进行分类（使用 --json 时每行为一个 JSON 字符串）：每行输出一个 JSON 对象，包含 lang（en、ru、zh、other）、stance、score（-1 到 1）以及判断依据。</translation>
    </message>
    <message>
        <source>Resolve each line of standard input, a free-text profile location, offline: prints one JSON object per line with country (ISO 3166-1 alpha-2 or null), city (or null) and confidence (0 to 1).</source>
        <translation>离线解析标准输入的每一行（个人资料中的自由文本所在地）：每行输出一个 JSON 对象，包含 country（ISO 3166-1 alpha-2 或 null）、city（或 null）和 confidence（0 到 1）。</translation>
    </message>
    <message>
        <source>Run the local sandbox of X, Facebook and Weibo on 127.0.0.1 until stopped (port 0 picks a free one; the first line names it).</source>
        <translation>在 127.0.0.1 上运行 X、Facebook 和 Weibo 的本地沙盒，直到停止（端口 0 表示自动选择空闲端口，第一行输出会显示该端口）。</translation>
    </message>
    <message>
        <source>usage: attachectl COMMAND [ARGUMENTS]</source>
        <translation>用法：attachectl 命令 [参数]</translation>
    </message>
    <message>
        <source>Headless commands over an Attaché workspace.</source>
        <translation>用于 Attaché 工作区的无界面命令。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>退出码：</translation>
    </message>
    <message>
        <source>  0  success</source>
        <translation>  0  成功</translation>
    </message>
    <message>
        <source>  1  the command ran and failed</source>
        <translation>  1  命令已运行但失败</translation>
    </message>
    <message>
        <source>  2  wrong command line</source>
        <translation>  2  命令行错误</translation>
    </message>
    <message>
        <source>  3  the workspace cannot be opened (missing, corrupt, newer, locked or read-only)</source>
        <translation>  3  无法打开工作区（不存在、已损坏、版本更新、已锁定或只读）</translation>
    </message>
    <message>
        <source>  4  some input lines were rejected (each reported on stderr)</source>
        <translation>  4  部分输入行被拒绝（均在 stderr 中报告）</translation>
    </message>
    <message>
        <source>unknown command '%1' (see attachectl --help)</source>
        <translation>未知命令“%1”（参见 attachectl --help）</translation>
    </message>
    <message>
        <source>unknown argument '%1' (see attachectl sandbox serve --help)</source>
        <translation>未知参数“%1”（参见 attachectl sandbox serve --help）</translation>
    </message>
    <message>
        <source>'%1' needs a number</source>
        <translation>“%1”需要一个数字</translation>
    </message>
    <message>
        <source>--port N is required (0 picks a free port)</source>
        <translation>必须指定 --port N（0 表示自动选择空闲端口）</translation>
    </message>
    <message>
        <source>cannot listen on 127.0.0.1:%1 (is the port in use?)</source>
        <translation>无法监听 127.0.0.1:%1（端口是否已被占用？）</translation>
    </message>
    <message>
        <source>sandbox listening on %1</source>
        <translation>沙盒正在监听 %1</translation>
    </message>
    <message>
        <source>X at /2/..., Graph at /v25.0/..., Weibo at /2/....json; faults: POST /_sandbox/faults; stop with Ctrl+C</source>
        <translation>X：/2/...，Graph：/v25.0/...，Weibo：/2/....json；故障注入：POST /_sandbox/faults；按 Ctrl+C 停止</translation>
    </message>
    <message>
        <source>usage: attachectl demo create PATH</source>
        <translation>用法：attachectl demo create 路径</translation>
    </message>
    <message>
        <source>%1 already exists; the demo is only created in a new file.</source>
        <translation>%1 已存在；演示只能在新文件中创建。</translation>
    </message>
    <message>
        <source>Created the demo workspace %1</source>
        <translation>已创建演示工作区 %1</translation>
    </message>
    <message>
        <source>usage: attachectl workspace check PATH</source>
        <translation>用法：attachectl workspace check 路径</translation>
    </message>
    <message>
        <source>schema version: %1 (this version of Attaché writes %2)</source>
        <translation>架构版本：%1（此版本的 Attaché 写入 %2）</translation>
    </message>
    <message>
        <source>upgrade: the workspace will be upgraded (after a backup) when it is next opened</source>
        <translation>升级：下次打开时将升级工作区（先备份）</translation>
    </message>
    <message>
        <source>integrity: ok</source>
        <translation>完整性：正常</translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <translation>完整性：%1</translation>
    </message>
    <message numerus="yes">
        <source>the workspace is damaged (%n problem(s))</source>
        <translation>
            <numerusform>工作区已损坏（%n 个问题）</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: not a JSON string</source>
        <translation>第 %1 行：不是 JSON 字符串</translation>
    </message>
    <message>
        <source>Add N generated mentions (English, Russian, Chinese; every stance) to a workspace through the real ingest path, with progress on stderr.</source>
        <translation>通过真实的导入流程向工作区添加 N 条生成的提及（英文、俄文、中文，涵盖各种立场），进度输出到 stderr。</translation>
    </message>
    <message>
        <source>Import a follower export (CSV with a header naming location, bio and verified columns, or JSON objects) as one aggregate snapshot of the account; bad lines are listed with their numbers and then nothing is stored (exit code 4).</source>
        <translation>将关注者导出文件（表头含 location、bio、verified 列的 CSV，或 JSON 对象）导入为账号的一份汇总快照；有误的行会连同行号列出，此时不保存任何内容（退出码 4）。</translation>
    </message>
    <message>
        <source>%1 takes a positive number</source>
        <translation>%1 需要一个正数</translation>
    </message>
    <message>
        <source>unknown option '%1'</source>
        <translation>未知选项“%1”</translation>
    </message>
    <message>
        <source>usage: attachectl demo mentions --count N [--workspace PATH] [--seed S]</source>
        <translation>用法：attachectl demo mentions --count N [--workspace PATH] [--seed S]</translation>
    </message>
    <message>
        <source>%1 of %2 mentions</source>
        <translation>第 %1 条，共 %2 条提及</translation>
    </message>
    <message>
        <source>Stored %1 new mentions in %2 (%3 s, %4 a second)</source>
        <translation>已在 %2 中保存 %1 条新提及（%3 秒，每秒 %4 条）</translation>
    </message>
    <message>
        <source>%1 takes a positive number of seconds</source>
        <translation>%1 需要一个正的秒数</translation>
    </message>
    <message>
        <source>another publisher (%1) is running for this workspace</source>
        <translation>此工作区已有另一个发布程序（%1）在运行</translation>
    </message>
    <message>
        <source>cannot set up signal handling</source>
        <translation>无法设置信号处理</translation>
    </message>
    <message>
        <source>publishing</source>
        <translation>正在发布</translation>
    </message>
    <message>
        <source>another publisher (%1) is running; waiting for its lease to end</source>
        <translation>另一个发布程序（%1）正在运行；等待其租约结束</translation>
    </message>
</context>
<context>
    <name>compose</name>
    <message>
        <source>%1 does not take this kind of file (%2); it takes %3.</source>
        <translation>%1 不接受此类文件（%2）；可接受：%3。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Too large for %1: %2, at most %3.</source>
        <translation>文件对 %1 来说太大：%2，最多 %3。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>The file is no longer at %1.</source>
        <translation>文件已不在 %1。</translation>
    </message>
    <message>
        <source>A reply on %1 is a comment and cannot carry pictures here.</source>
        <translation>%1 上的回复是评论，此处不能附带图片。</translation>
    </message>
    <message>
        <source>Too many pictures for %1: %2 attached, at most %3.</source>
        <translation>%1 的图片过多：已附加 %2 张，最多 %3 张。</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>%1 is too large for any platform (%2).</source>
        <translation>%1 对任何平台来说都太大（%2）。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The attached file %1 cannot be read: %2</source>
        <translation>无法读取附件 %1：%2</translation>
    </message>
    <message>
        <source>The attached file %1 changed after it was attached; attach it again.</source>
        <translation>附件 %1 在附加后已被更改；请重新附加。</translation>
    </message>
    <message>
        <source>The comment this answers is no longer in the inbox, so the post it is on is not known and Weibo cannot take the reply.</source>
        <translation>所回复的评论已不在收件箱中，无法确定它所属的微博，因此微博无法接受此回复。</translation>
    </message>
    <message>
        <source>The platform says this text was already posted, but it is not among the account's recent posts. Change the text a little and schedule it again.</source>
        <translation>平台称此文本已发布过，但账号最近的帖子中没有它。请稍作修改后重新安排发布。</translation>
    </message>
    <message>
        <source>The last attempt was interrupted and the post is not on the platform; it will be sent again.</source>
        <translation>上次尝试被中断，平台上没有这条帖子；将重新发送。</translation>
    </message>
    <message>
        <source>The last attempt was interrupted; the reply will be sent again (Weibo refuses it if the first one arrived).</source>
        <translation>上次尝试被中断；回复将重新发送（如果第一次已送达，微博会拒绝重复内容）。</translation>
    </message>
    <message>
        <source>The last attempt was interrupted and the reply is not on the platform; it will be sent again.</source>
        <translation>上次尝试被中断，平台上没有这条回复；将重新发送。</translation>
    </message>
    <message>
        <source>The last attempt was interrupted; it will be checked and sent again.</source>
        <translation>上次尝试被中断；将核实后重新发送。</translation>
    </message>
    <message>
        <source>The last attempt was interrupted and this part of the thread is not on the platform; it will be sent again.</source>
        <translation>上次尝试被中断，平台上没有串文的这一部分；将重新发送。</translation>
    </message>
</context>
<context>
    <name>compose::PostDraft</name>
    <message>
        <source>%1 forbids identical posts on several accounts: %2 have the same text. Adapt each variant to its account and audience before it goes out.</source>
        <translation>%1 禁止在多个账号上发布相同的帖子：%2 的文本相同。发布前请根据各账号及其受众调整每个版本。</translation>
    </message>
    <message>
        <source>%1 forbid identical content on several accounts: %2 have the same text. Adapt each variant to its account and audience before it goes out.</source>
        <translation>%1 禁止在多个账号上发布相同的内容：%2 的文本相同。发布前请根据各账号及其受众调整每个版本。</translation>
    </message>
    <message>
        <source>Post of %1</source>
        <translation>%1 的帖子</translation>
    </message>
    <message>
        <source>%1 cannot be taken off this post: %2</source>
        <translation>无法从此帖子中移除 %1：%2</translation>
    </message>
    <message>
        <source>There is no such variant.</source>
        <translation>没有这个版本。</translation>
    </message>
    <message>
        <source>This variant can no longer be changed.</source>
        <translation>此版本已无法更改。</translation>
    </message>
    <message>
        <source>Attachments changed after approval: to be verified again.</source>
        <translation>批准后附件有改动：需要重新审核。</translation>
    </message>
</context>
<context>
    <name>countries</name>
    <message>
        <source>United Kingdom</source>
        <translation>英国</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>美国</translation>
    </message>
    <message>
        <source>Russia</source>
        <translation>俄罗斯</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>德国</translation>
    </message>
    <message>
        <source>France</source>
        <translation>法国</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>爱尔兰</translation>
    </message>
    <message>
        <source>India</source>
        <translation>印度</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>加拿大</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>澳大利亚</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>乌克兰</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>荷兰</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>意大利</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>西班牙</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>比利时</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>瑞士</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>哈萨克斯坦</translation>
    </message>
    <message>
        <source>Belarus</source>
        <translation>白俄罗斯</translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation>拉脱维亚</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation>立陶宛</translation>
    </message>
    <message>
        <source>Estonia</source>
        <translation>爱沙尼亚</translation>
    </message>
    <message>
        <source>China</source>
        <translation>中国</translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation>中国香港</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>中国台湾</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>日本</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>波兰</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>瑞典</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>挪威</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>芬兰</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>丹麦</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>奥地利</translation>
    </message>
    <message>
        <source>Turkey</source>
        <translation>土耳其</translation>
    </message>
    <message>
        <source>Israel</source>
        <translation>以色列</translation>
    </message>
    <message>
        <source>United Arab Emirates</source>
        <translation>阿联酋</translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <translation>沙特阿拉伯</translation>
    </message>
    <message>
        <source>Syria</source>
        <translation>叙利亚</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>巴西</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>葡萄牙</translation>
    </message>
    <message>
        <source>Greece</source>
        <translation>希腊</translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation>捷克</translation>
    </message>
    <message>
        <source>Serbia</source>
        <translation>塞尔维亚</translation>
    </message>
    <message>
        <source>Georgia</source>
        <translation>格鲁吉亚</translation>
    </message>
    <message>
        <source>Armenia</source>
        <translation>亚美尼亚</translation>
    </message>
    <message>
        <source>Azerbaijan</source>
        <translation>阿塞拜疆</translation>
    </message>
    <message>
        <source>Uzbekistan</source>
        <translation>乌兹别克斯坦</translation>
    </message>
    <message>
        <source>Moldova</source>
        <translation>摩尔多瓦</translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <source>Unclassified</source>
        <translation>未分类</translation>
    </message>
    <message>
        <source>Criticism</source>
        <translation>批评</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>支持</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>提问</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>中立</translation>
    </message>
    <message>
        <source>New</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>已分配</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>已回复</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>已上报</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <source>Weibo</source>
        <translation>Weibo</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已审核</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>已排期</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>发布中</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>A post cannot go from “%1” to “%2”.</source>
        <translation>帖子不能从“%1”变为“%2”。</translation>
    </message>
    <message>
        <source>Going from “%1” to “%2” needs a reason.</source>
        <translation>从“%1”变为“%2”需要说明理由。</translation>
    </message>
</context>
<context>
    <name>inbox</name>
    <message>
        <source>unexpected argument '%1'</source>
        <translation>意外的参数“%1”</translation>
    </message>
    <message>
        <source>Choose a stance to correct it to.</source>
        <translation>请选择要更正为的立场。</translation>
    </message>
    <message>
        <source>The lexicon %1 could not be read.</source>
        <translation>无法读取词典 %1。</translation>
    </message>
    <message>
        <source>%1, line %2: expected term, kind and value.</source>
        <translation>%1 第 %2 行：应为词条、类型和值。</translation>
    </message>
    <message>
        <source>%1, line %2: unknown kind “%3”.</source>
        <translation>%1 第 %2 行：未知类型“%3”。</translation>
    </message>
    <message>
        <source>Storm of criticism: %1 critical items in the last hour, against about %2 an hour over the day before.</source>
        <translation>批评激增：过去一小时内有 %1 条批评，而前一天平均每小时约 %2 条。</translation>
    </message>
    <message>
        <source>A page of mentions could not be read.</source>
        <translation>无法读取一页提及。</translation>
    </message>
    <message>
        <source>A generated page of mentions could not be read.</source>
        <translation>无法读取生成的提及页面。</translation>
    </message>
    <message>
        <source>The generated mentions could not be saved.</source>
        <translation>无法保存生成的提及。</translation>
    </message>
</context>
<context>
    <name>inbox::Backfill</name>
    <message numerus="yes">
        <source>%1: %n older item(s) loaded; there is more — load older again to go on.</source>
        <translation>
            <numerusform>%1：已加载 %n 条较早的条目；还有更多——再次加载即可继续。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n older item(s) loaded, back to the date asked for.</source>
        <translation>
            <numerusform>%1：已加载 %n 条较早的条目，已到所选日期。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n older item(s) loaded; the platform has nothing older.</source>
        <translation>
            <numerusform>%1：已加载 %n 条较早的条目；平台上没有更早的内容。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n older item(s) loaded; X gives only the 800 most recent mentions, so nothing older can be read.</source>
        <translation>
            <numerusform>%1：已加载 %n 条较早的条目；X 只提供最近的 800 条提及，无法读取更早的内容。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: stopped after %n new item(s): %2 Loading older again resumes where it stopped.</source>
        <translation>
            <numerusform>%1：在 %n 条新条目后停止：%2 再次加载将从停止处继续。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: cancelled after %n new item(s); loading older again resumes there.</source>
        <translation>
            <numerusform>%1：在 %n 条新条目后已取消；再次加载将从该处继续。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (mentions)</source>
        <translation>%1（提及）</translation>
    </message>
    <message>
        <source>%1 (comments)</source>
        <translation>%1（评论）</translation>
    </message>
    <message>
        <source>%1 (comments on older posts)</source>
        <translation>%1（较早帖子的评论）</translation>
    </message>
</context>
<context>
    <name>inbox::ReplyService</name>
    <message>
        <source>X does not allow this reply: since February 2026 an app may answer a post only when its author mentioned or quoted our account, and %1 did not. You can still answer on x.com yourself.</source>
        <translation>X 不允许此回复：自 2026 年 2 月起，只有当帖子作者提及或引用了我们的账号时，应用才能回复，而 %1 没有这样做。您仍可以在 x.com 上亲自回复。</translation>
    </message>
    <message>
        <source>Attaché answers on Weibo only comments on our own posts, and this is a post by %1 that mentions us. You can answer it on weibo.com yourself.</source>
        <translation>Attaché 在微博上只能回复我们自己微博下的评论，而这是 %1 提及我们的一条微博。您可以在 weibo.com 上亲自回复。</translation>
    </message>
    <message>
        <source>Write the reply first.</source>
        <translation>请先撰写回复。</translation>
    </message>
    <message>
        <source>Reply to %1</source>
        <translation>回复 %1</translation>
    </message>
    <message>
        <source>The workspace is busy; try again.</source>
        <translation>工作区正忙，请重试。</translation>
    </message>
    <message>
        <source>The reply could not be saved.</source>
        <translation>无法保存回复。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Open a freshly generated demo workspace.</source>
        <translation>打开新生成的演示工作区。</translation>
    </message>
    <message>
        <source>Open the workspace at PATH.</source>
        <translation>打开位于 PATH 的工作区。</translation>
    </message>
    <message>
        <source>Save a screenshot of every pane into DIR and exit.</source>
        <translation>将每个窗格的截图保存到 DIR 后退出。</translation>
    </message>
    <message>
        <source>Interface language (en, ru, zh_CN).</source>
        <translation>界面语言（en、ru、zh_CN）。</translation>
    </message>
</context>
<context>
    <name>platforms</name>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message numerus="yes">
        <source>Sign-in expires in %n day(s)</source>
        <translation>
            <numerusform>登录将在 %n 天后过期</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs sign-in again</source>
        <translation>需要重新登录</translation>
    </message>
    <message>
        <source>No Facebook Page is chosen for this account.</source>
        <translation>此账号未选择 Facebook 公共主页。</translation>
    </message>
    <message>
        <source>Facebook schedules posts from 10 minutes to 30 days ahead.</source>
        <translation>Facebook 只能提前 10 分钟至 30 天排期帖子。</translation>
    </message>
    <message>
        <source>Facebook comments are read per post.</source>
        <translation>Facebook 评论按帖子逐一读取。</translation>
    </message>
    <message>
        <source>Facebook sent an answer Attaché cannot read.</source>
        <translation>Facebook 返回了 Attaché 无法读取的响应。</translation>
    </message>
    <message>
        <source>Facebook returned no data for this metric.</source>
        <translation>Facebook 未返回此指标的数据。</translation>
    </message>
    <message>
        <source>This platform does not support this.</source>
        <translation>此平台不支持该操作。</translation>
    </message>
    <message>
        <source>The platform did not confirm the request; it may or may not have been carried out. Attaché will check before trying again.</source>
        <translation>平台未确认该请求，请求可能已执行，也可能未执行。Attaché 会在重试前进行检查。</translation>
    </message>
    <message>
        <source>The platform could not be reached or had a temporary problem. Try again in a few minutes.</source>
        <translation>无法连接平台或平台出现临时问题。请几分钟后重试。</translation>
    </message>
    <message>
        <source>Too many requests. The platform accepts more after %1.</source>
        <translation>请求过多。平台将在 %1 之后接受新请求。</translation>
    </message>
    <message>
        <source>Too many requests. Wait a few minutes and try again.</source>
        <translation>请求过多。请等待几分钟后重试。</translation>
    </message>
    <message>
        <source>The account's sign-in has expired or was revoked. Sign in again.</source>
        <translation>账号登录已过期或已被撤销。请重新登录。</translation>
    </message>
    <message>
        <source>The account or the app is not permitted to do this on the platform.</source>
        <translation>该账号或应用无权在平台上执行此操作。</translation>
    </message>
    <message>
        <source>The platform refused the content under its rules.</source>
        <translation>平台根据其规则拒绝了该内容。</translation>
    </message>
    <message>
        <source>The platform refused this as a duplicate of something already posted.</source>
        <translation>平台认为此内容与已发布的内容重复，予以拒绝。</translation>
    </message>
    <message>
        <source>The platform rejected the request as invalid.</source>
        <translation>平台以请求无效为由拒绝了该请求。</translation>
    </message>
    <message>
        <source>The post, comment or account no longer exists.</source>
        <translation>该帖子、评论或账号已不存在。</translation>
    </message>
    <message>
        <source>%1 (The platform said: %2)</source>
        <translation>%1（平台返回：%2）</translation>
    </message>
    <message>
        <source>The platform refused the sign-in.</source>
        <translation>平台拒绝了登录。</translation>
    </message>
    <message>
        <source>Attaché could not open a local port for the sign-in.</source>
        <translation>Attaché 无法为登录打开本地端口。</translation>
    </message>
    <message>
        <source>Signed in. You can close this page and return to Attaché.</source>
        <translation>已登录。您可以关闭此页面并返回 Attaché。</translation>
    </message>
    <message>
        <source>The sign-in was not completed in time.</source>
        <translation>登录未能及时完成。</translation>
    </message>
    <message>
        <source>The platform address "%1" is not a valid URL.</source>
        <translation>平台地址“%1”不是有效的 URL。</translation>
    </message>
    <message>
        <source>The platform address "%1" must start with https:// (plain http is only allowed for this computer, 127.0.0.1).</source>
        <translation>平台地址“%1”必须以 https:// 开头（仅本机 127.0.0.1 允许使用普通 http）。</translation>
    </message>
    <message>
        <source>No answer within %1 seconds.</source>
        <translation>%1 秒内无响应。</translation>
    </message>
    <message>
        <source>The connection closed before the platform answered.</source>
        <translation>平台响应前连接已关闭。</translation>
    </message>
    <message>
        <source>No saved sign-in was found for this account. Sign in again.</source>
        <translation>未找到此账号已保存的登录信息。请重新登录。</translation>
    </message>
    <message>
        <source>The system keychain refused access. Unlock your keyring (for example "Passwords and Keys" or KWallet) and try again.</source>
        <translation>系统钥匙串拒绝访问。请解锁密钥环（例如“密码和密钥”或 KWallet）后重试。</translation>
    </message>
    <message>
        <source>Attaché keeps sign-in tokens only in the system keychain, and none could be reached (%1). Install and start a Secret Service keyring — on Debian: sudo apt install gnome-keyring libsecret-1-0 — and make sure it runs and is unlocked in your desktop session (on a server, start one with dbus-run-session and gnome-keyring-daemon --unlock). Then try again. Tokens are never saved anywhere else.</source>
        <translation>Attaché 只将登录令牌保存在系统钥匙串中，但无法访问任何钥匙串（%1）。请安装并启动 Secret Service 密钥环（Debian 上：sudo apt install gnome-keyring libsecret-1-0），并确保它在桌面会话中运行且已解锁（在服务器上，可使用 dbus-run-session 和 gnome-keyring-daemon --unlock 启动）。然后重试。令牌绝不会保存在其他位置。</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>无详细信息</translation>
    </message>
    <message>
        <source>Weibo needs the app's registered safe domain in the workspace settings before it can post.</source>
        <translation>发布到 Weibo 前，需要在工作区设置中填写应用已登记的安全域名。</translation>
    </message>
    <message>
        <source>Weibo only accepts a post that links to %1. Add a link to the embassy's site.</source>
        <translation>Weibo 只接受包含指向 %1 的链接的帖子。请添加使馆网站的链接。</translation>
    </message>
    <message>
        <source>The picture is no longer available.</source>
        <translation>图片已不可用。</translation>
    </message>
    <message>
        <source>Weibo takes one JPEG, GIF or PNG under 5 MB.</source>
        <translation>Weibo 只接受一张小于 5 MB 的 JPEG、GIF 或 PNG 图片。</translation>
    </message>
    <message>
        <source>Weibo sent an answer Attaché cannot read.</source>
        <translation>Weibo 返回了 Attaché 无法读取的响应。</translation>
    </message>
    <message>
        <source>X does not allow media in a quote post.</source>
        <translation>X 不允许在引用帖子中包含媒体。</translation>
    </message>
    <message>
        <source>X allows at most 4 media per post.</source>
        <translation>X 每个帖子最多允许 4 个媒体文件。</translation>
    </message>
    <message>
        <source>An X poll needs 2 to 4 options of at most 25 characters, lasts 5 minutes to 7 days, and cannot have media or a quote.</source>
        <translation>X 投票需要 2 到 4 个选项，每个选项最多 25 个字符，持续 5 分钟到 7 天，且不能包含媒体或引用。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>The file is too large.</source>
        <translation>文件过大。</translation>
    </message>
    <message>
        <source>X is still processing the media; try later.</source>
        <translation>X 仍在处理媒体文件；请稍后再试。</translation>
    </message>
    <message>
        <source>X could not process the media file.</source>
        <translation>X 无法处理该媒体文件。</translation>
    </message>
    <message>
        <source>X sent an answer Attaché cannot read.</source>
        <translation>X 返回了 Attaché 无法读取的响应。</translation>
    </message>
    <message>
        <source>Between 1 and 100 posts at a time.</source>
        <translation>每次 1 到 100 条帖子。</translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <source>The account %1 is already in this workspace.</source>
        <translation>账号 %1 已在此工作区中。</translation>
    </message>
    <message>
        <source>The account %1 could not be added.</source>
        <translation>无法添加账号 %1。</translation>
    </message>
    <message>
        <source>The accounts could not be read.</source>
        <translation>无法读取账号。</translation>
    </message>
    <message>
        <source>The account could not be read.</source>
        <translation>无法读取该账号。</translation>
    </message>
    <message>
        <source>There is no account %1 in this workspace.</source>
        <translation>此工作区中没有账号 %1。</translation>
    </message>
    <message>
        <source>The account could not be saved.</source>
        <translation>无法保存账号。</translation>
    </message>
    <message>
        <source>The audience snapshot could not be saved.</source>
        <translation>无法保存受众快照。</translation>
    </message>
    <message>
        <source>The follower history could not be read.</source>
        <translation>无法读取关注者历史记录。</translation>
    </message>
    <message>
        <source>The audience could not be read.</source>
        <translation>无法读取受众数据。</translation>
    </message>
    <message>
        <source>The audit log could not be written.</source>
        <translation>无法写入审计日志。</translation>
    </message>
    <message>
        <source>The audit log could not be read.</source>
        <translation>无法读取审计日志。</translation>
    </message>
    <message>
        <source>The workspace “%1” is in use by another program that is writing to it. Close that program or try again in a moment.</source>
        <translation>工作区“%1”正在被另一个程序写入。请关闭该程序，或稍后重试。</translation>
    </message>
    <message>
        <source>“%1” is not an Attaché workspace (it is not a database). The file was left untouched.</source>
        <translation>“%1”不是 Attaché 工作区（不是数据库）。文件未被改动。</translation>
    </message>
    <message>
        <source>The workspace “%1” is damaged and cannot be read. The file was left untouched; restore it from a backup.</source>
        <translation>工作区“%1”已损坏，无法读取。文件未被改动；请从备份恢复。</translation>
    </message>
    <message>
        <source>The workspace “%1” is read-only. Make the file and its folder writable, or copy it somewhere you can write.</source>
        <translation>工作区“%1”为只读。请使该文件及其文件夹可写，或将其复制到可写的位置。</translation>
    </message>
    <message>
        <source>The workspace “%1” could not be opened.</source>
        <translation>无法打开工作区“%1”。</translation>
    </message>
    <message>
        <source>There is no workspace at “%1”.</source>
        <translation>“%1”处没有工作区。</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be created.</source>
        <translation>无法创建文件夹“%1”。</translation>
    </message>
    <message>
        <source>The workspace “%1” cannot be read: %2</source>
        <translation>无法读取工作区“%1”：%2</translation>
    </message>
    <message>
        <source>The workspace “%1” cannot be created.</source>
        <translation>无法创建工作区“%1”。</translation>
    </message>
    <message>
        <source>The team server %1 cannot be reached. Check that it runs and that this computer may connect.</source>
        <translation>无法连接团队服务器 %1。请检查它是否正在运行，以及本机是否有权连接。</translation>
    </message>
    <message>
        <source>“%1” is a database, but not an Attaché workspace. It was left untouched.</source>
        <translation>“%1”是数据库，但不是 Attaché 工作区。文件未被改动。</translation>
    </message>
    <message>
        <source>The workspace “%1” was saved by a newer version of Attaché (schema %2; this version knows up to %3). Update Attaché to open it; the file was left untouched.</source>
        <translation>工作区“%1”由更新版本的 Attaché 保存（架构 %2；此版本最高支持 %3）。请更新 Attaché 后再打开；文件未被改动。</translation>
    </message>
    <message>
        <source>Before upgrading the workspace “%1”, its backup “%2” could not be written, so nothing was changed.</source>
        <translation>升级工作区“%1”前无法写入备份“%2”，因此未做任何更改。</translation>
    </message>
    <message>
        <source>The workspace “%1” could not be upgraded: %2. It was left as it was.</source>
        <translation>无法升级工作区“%1”：%2。工作区保持原样。</translation>
    </message>
    <message>
        <source>Row %1 of %2 points to a missing row of %3.</source>
        <translation>%2 的第 %1 行指向 %3 中不存在的行。</translation>
    </message>
    <message>
        <source>A mention names account %1, which is not in this workspace.</source>
        <translation>某条提及指向账号 %1，但该账号不在此工作区中。</translation>
    </message>
    <message>
        <source>The mentions could not be saved.</source>
        <translation>无法保存提及。</translation>
    </message>
    <message>
        <source>The mentions could not be counted.</source>
        <translation>无法统计提及。</translation>
    </message>
    <message>
        <source>The mentions could not be read.</source>
        <translation>无法读取提及。</translation>
    </message>
    <message>
        <source>a transaction could not be started</source>
        <translation>无法开始事务</translation>
    </message>
    <message>
        <source>step %1 (%2) failed</source>
        <translation>第 %1 步（%2）失败</translation>
    </message>
    <message>
        <source>step %1 could not be recorded</source>
        <translation>无法记录第 %1 步</translation>
    </message>
    <message>
        <source>The post could not be saved.</source>
        <translation>无法保存帖子。</translation>
    </message>
    <message>
        <source>A variant of the post could not be saved.</source>
        <translation>无法保存帖子的某个版本。</translation>
    </message>
    <message>
        <source>The variants could not be read.</source>
        <translation>无法读取版本。</translation>
    </message>
    <message>
        <source>The post could not be read.</source>
        <translation>无法读取帖子。</translation>
    </message>
    <message>
        <source>There is no post %1 in this workspace.</source>
        <translation>此工作区中没有帖子 %1。</translation>
    </message>
    <message>
        <source>The posts could not be read.</source>
        <translation>无法读取帖子。</translation>
    </message>
    <message>
        <source>There is no variant %1 in this workspace.</source>
        <translation>此工作区中没有版本 %1。</translation>
    </message>
    <message>
        <source>This variant is %1 and can no longer be edited.</source>
        <translation>此版本处于“%1”状态，已无法编辑。</translation>
    </message>
    <message>
        <source>The variant could not be saved.</source>
        <translation>无法保存版本。</translation>
    </message>
    <message>
        <source>Edited after approval: to be verified again.</source>
        <translation>审核后又经编辑：需要重新审核。</translation>
    </message>
    <message>
        <source>Choose a date and time to schedule at.</source>
        <translation>请选择排期的日期和时间。</translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation>无法保存更改。</translation>
    </message>
    <message>
        <source>The schedule could not be saved.</source>
        <translation>无法保存排期。</translation>
    </message>
    <message>
        <source>The published post could not be recorded.</source>
        <translation>无法记录已发布的帖子。</translation>
    </message>
    <message>
        <source>Someone else changed this variant a moment ago. Look at it again before going on.</source>
        <translation>其他人刚刚修改了此版本。请重新查看后再继续。</translation>
    </message>
    <message>
        <source>The setting “%1” could not be saved.</source>
        <translation>无法保存设置“%1”。</translation>
    </message>
    <message>
        <source>The corrected stance could not be saved.</source>
        <translation>无法保存更正后的立场。</translation>
    </message>
    <message>
        <source>The stance corrections could not be counted.</source>
        <translation>无法统计立场更正。</translation>
    </message>
    <message>
        <source>The stance corrections could not be read.</source>
        <translation>无法读取立场更正。</translation>
    </message>
    <message>
        <source>The opinion mix could not be read.</source>
        <translation>无法读取意见分布。</translation>
    </message>
    <message>
        <source>The items could not be updated.</source>
        <translation>无法更新这些条目。</translation>
    </message>
    <message>
        <source>The attachments could not be read.</source>
        <translation>无法读取附件。</translation>
    </message>
    <message>
        <source>The attachment could not be saved.</source>
        <translation>无法保存附件。</translation>
    </message>
    <message>
        <source>The attachment could not be removed.</source>
        <translation>无法删除附件。</translation>
    </message>
    <message>
        <source>The upload could not be recorded.</source>
        <translation>无法记录上传信息。</translation>
    </message>
    <message>
        <source>The item %1 is not in this workspace.</source>
        <translation>此工作区中没有条目 %1。</translation>
    </message>
    <message>
        <source>The conversation could not be read.</source>
        <translation>无法读取对话。</translation>
    </message>
    <message>
        <source>A reply needs the time it went out.</source>
        <translation>回复需要注明发送时间。</translation>
    </message>
    <message>
        <source>The response times could not be read.</source>
        <translation>无法读取回复时间。</translation>
    </message>
    <message>
        <source>The search index could not be built.</source>
        <translation>无法建立搜索索引。</translation>
    </message>
    <message>
        <source>The post metrics could not be saved.</source>
        <translation>无法保存帖子数据。</translation>
    </message>
    <message>
        <source>The post metrics could not be read.</source>
        <translation>无法读取帖子数据。</translation>
    </message>
    <message>
        <source>The published posts could not be read.</source>
        <translation>无法读取已发布的帖子。</translation>
    </message>
    <message>
        <source>to be scheduled on the platform itself</source>
        <translation>由平台自身定时发布</translation>
    </message>
    <message>
        <source>A post needs a title.</source>
        <translation>帖子需要一个标题。</translation>
    </message>
    <message>
        <source>This post already goes to that account.</source>
        <translation>此帖子已包含该账号。</translation>
    </message>
    <message>
        <source>Its variant is already published, so the account stays on the post (its record of what went out is kept).</source>
        <translation>它的版本已经发布，因此该账号保留在帖子中（已发出内容的记录会保留）。</translation>
    </message>
    <message>
        <source>Its variant is being published right now.</source>
        <translation>它的版本正在发布中。</translation>
    </message>
    <message>
        <source>Its variant is scheduled to go out: unschedule it first, then remove the account.</source>
        <translation>它的版本已排期发布：请先取消排期，再移除该账号。</translation>
    </message>
    <message>
        <source>The variant could not be removed.</source>
        <translation>无法删除该版本。</translation>
    </message>
    <message>
        <source>Part of its thread is already published, so the account stays on the post.</source>
        <translation>它的串文已有部分发布，因此该账号保留在帖子中。</translation>
    </message>
    <message>
        <source>Only a scheduled variant can be moved; this one is %1.</source>
        <translation>只有已排期的版本才能移动；此版本状态为“%1”。</translation>
    </message>
    <message>
        <source>This variant is %1 and can no longer be changed.</source>
        <translation>此版本状态为“%1”，已无法更改。</translation>
    </message>
    <message>
        <source>Part of this thread is already published; the rest can only follow as a thread.</source>
        <translation>此串文已有部分发布；其余部分只能以串文形式继续发布。</translation>
    </message>
    <message>
        <source>The item answered could not be read.</source>
        <translation>无法读取所回复的条目。</translation>
    </message>
    <message>
        <source>A saved reply needs a title.</source>
        <translation>常用回复需要标题。</translation>
    </message>
    <message>
        <source>The saved replies could not be read.</source>
        <translation>无法读取常用回复。</translation>
    </message>
    <message>
        <source>The saved reply could not be stored.</source>
        <translation>无法保存常用回复。</translation>
    </message>
    <message>
        <source>The saved reply could not be changed.</source>
        <translation>无法修改常用回复。</translation>
    </message>
    <message>
        <source>This saved reply was deleted meanwhile.</source>
        <translation>此常用回复已被他人删除。</translation>
    </message>
    <message>
        <source>The saved reply could not be deleted.</source>
        <translation>无法删除常用回复。</translation>
    </message>
    <message>
        <source>The parts of the thread could not be read.</source>
        <translation>无法读取串文的各部分。</translation>
    </message>
    <message>
        <source>The parts of the thread could not be saved.</source>
        <translation>无法保存串文的各部分。</translation>
    </message>
    <message>
        <source>The part of the thread could not be saved.</source>
        <translation>无法保存串文的这一部分。</translation>
    </message>
    <message>
        <source>This part of the thread was changed by someone else.</source>
        <translation>串文的这一部分已被他人更改。</translation>
    </message>
    <message>
        <source>The replies could not be read.</source>
        <translation>无法读取回复。</translation>
    </message>
</context>
<context>
    <name>text</name>
    <message>
        <source>unknown platform '%1' (x, weibo or facebook)</source>
        <translation>未知平台“%1”（x、weibo 或 facebook）</translation>
    </message>
    <message>
        <source>unexpected argument '%1'</source>
        <translation>意外的参数“%1”</translation>
    </message>
    <message>
        <source>count needs --platform x|weibo|facebook</source>
        <translation>count 需要 --platform x|weibo|facebook</translation>
    </message>
</context>
<context>
    <name>ui</name>
    <message>
        <source>%1 Moscow</source>
        <translation>莫斯科 %1</translation>
    </message>
</context>
<context>
    <name>ui::AccountListModel</name>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>%1 on %2 · language: %3</source>
        <translation>%1（%2）· 语言：%3</translation>
    </message>
</context>
<context>
    <name>ui::AttachmentStrip</name>
    <message>
        <source>Attach image…</source>
        <translation>附加图片…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Attached images</source>
        <translation>已附加的图片</translation>
    </message>
    <message>
        <source>Attach pictures to this variant (or drop image files on the text)</source>
        <translation>为此版本附加图片（或将图片文件拖到文字上）</translation>
    </message>
    <message>
        <source>Picture %1: %2</source>
        <translation>图片 %1：%2</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>附加图片</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.gif *.webp *.bmp *.tif *.tiff)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.gif *.webp *.bmp *.tif *.tiff)</translation>
    </message>
</context>
<context>
    <name>ui::AudienceSummaryModel</name>
    <message>
        <source>The platform lets us read only %1 of %2 followers; shares are computed from this sample.</source>
        <translation>平台只允许读取 %2 名关注者中的 %1 名；占比根据此样本计算。</translation>
    </message>
    <message>
        <source>%1 (sample)</source>
        <translation>%1（样本）</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>关注者</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>近 30 天</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>认证用户</translation>
    </message>
    <message>
        <source>Shares from</source>
        <translation>占比基于</translation>
    </message>
</context>
<context>
    <name>ui::BackfillBar</name>
    <message>
        <source>Load older from the platforms</source>
        <translation>从平台加载更早的内容</translation>
    </message>
    <message>
        <source>Options…</source>
        <translation>选项…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Choose the accounts and how far back to read</source>
        <translation>选择账号以及要回溯多远</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Loading older items…</source>
        <translation>正在加载较早的条目…</translation>
    </message>
    <message>
        <source>There is no account to load older items from in this view.</source>
        <translation>此视图中没有可加载较早条目的账号。</translation>
    </message>
    <message>
        <source>Loading older items… %1 new so far</source>
        <translation>正在加载较早的条目…目前新增 %1 条</translation>
    </message>
    <message>
        <source>This is the end of the list.</source>
        <translation>已到列表末尾。</translation>
    </message>
    <message>
        <source>This is the end of the list. Older items of %1 may still be on the platforms.</source>
        <translation>已到列表末尾。%1 的较早条目可能仍在平台上。</translation>
    </message>
</context>
<context>
    <name>ui::BackfillDialog</name>
    <message>
        <source>Stop at items older than</source>
        <translation>止于早于此日期的条目</translation>
    </message>
    <message>
        <source>Load older items</source>
        <translation>加载较早的条目</translation>
    </message>
    <message numerus="yes">
        <source>Accounts of the current filter (%n)</source>
        <translation>
            <numerusform>当前筛选中的账号（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>Each page is one request to the platform, of up to 100 items</source>
        <translation>每页为对平台的一次请求，最多 100 条</translation>
    </message>
    <message>
        <source>Accounts:</source>
        <translation>账号：</translation>
    </message>
    <message>
        <source>Pages per listing:</source>
        <translation>每个列表的页数：</translation>
    </message>
    <message>
        <source>Reads what came before the oldest item the inbox has, and goes on from where the last load stopped. X gives only the 800 most recent mentions; Facebook comments are read on the page's older posts; Weibo goes back as far as it keeps.</source>
        <translation>读取收件箱中最早条目之前的内容，并从上次加载停止处继续。X 只提供最近的 800 条提及；Facebook 评论从主页较早的帖子中读取；微博则回溯至其保留的范围。</translation>
    </message>
    <message>
        <source>Load older</source>
        <translation>加载</translation>
    </message>
</context>
<context>
    <name>ui::CalendarModel</name>
    <message>
        <source>%1 %2 · %3</source>
        <translation>%1 %2 · %3</translation>
    </message>
    <message>
        <source>Not scheduled (approved)</source>
        <translation>未排期（已批准）</translation>
    </message>
    <message>
        <source>Only approved or scheduled variants can be moved; this one is %1.</source>
        <translation>只有已批准或已排期的版本才能移动；此版本状态为“%1”。</translation>
    </message>
    <message>
        <source>That time has passed: a post cannot be moved into the past.</source>
        <translation>该时间已过：帖子不能移到过去。</translation>
    </message>
</context>
<context>
    <name>ui::CalendarPane</name>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>向前</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>向后</translation>
    </message>
    <message>
        <source>Drag a variant to another day or time to move it (%1).</source>
        <translation>将版本拖到其他日期或时间即可改期（%1）。</translation>
    </message>
    <message>
        <source>Rescheduled.</source>
        <translation>已改期。</translation>
    </message>
</context>
<context>
    <name>ui::ComposePane</name>
    <message>
        <source>Posts</source>
        <translation>帖子</translation>
    </message>
    <message>
        <source>All posts</source>
        <translation>全部帖子</translation>
    </message>
    <message>
        <source>Drafts and review</source>
        <translation>草稿与审核</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>已排期</translation>
    </message>
    <message>
        <source>Published and failed</source>
        <translation>已发布与失败</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Select a post or one of its variants to see its text and history.</source>
        <translation>选择一个帖子或其版本，查看正文和历史记录。</translation>
    </message>
    <message>
        <source>%1 scheduled · %2 in review · %3 drafts · %4 failed</source>
        <translation>已排期 %1 · 审核中 %2 · 草稿 %3 · 失败 %4</translation>
    </message>
    <message numerus="yes">
        <source>%n variant(s). Select one to see its text.</source>
        <translation>
            <numerusform>%n 个版本。选择一个版本查看正文。</numerusform>
        </translation>
    </message>
    <message>
        <source>The platform refused it:</source>
        <translation>平台拒绝了此帖子：</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>%1: %2 moved it from “%3” to “%4”</source>
        <translation>%1：%2 将其从“%3”改为“%4”</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>New post</source>
        <translation>新帖子</translation>
    </message>
    <message>
        <source>Write a new message for one or more accounts (%1)</source>
        <translation>为一个或多个账号撰写新信息（%1）</translation>
    </message>
    <message>
        <source>Edit the selected post's variants</source>
        <translation>编辑所选帖子的各个版本</translation>
    </message>
    <message>
        <source>Waiting for verification</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>The scheduled variants by week or month; drag one to move it</source>
        <translation>按周或按月查看已排期的版本；拖动即可改期</translation>
    </message>
    <message>
        <source>A reply to item %1 of the inbox.</source>
        <translation>回复收件箱中的条目 %1。</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>串文</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>published (id %1)</source>
        <translation>已发布（id %1）</translation>
    </message>
    <message>
        <source>being sent</source>
        <translation>发送中</translation>
    </message>
    <message>
        <source>Pictures:</source>
        <translation>图片：</translation>
    </message>
    <message>
        <source>%1: %2 moved its time</source>
        <translation>%1：%2 更改了发布时间</translation>
    </message>
    <message>
        <source>%1: %2 chose to publish it as a thread</source>
        <translation>%1：%2 选择以串文发布</translation>
    </message>
    <message>
        <source>%1: %2 chose to publish it as one post</source>
        <translation>%1：%2 选择以单条帖子发布</translation>
    </message>
    <message>
        <source>%1: %2 added this account to the post</source>
        <translation>%1：%2 将此账号加入了帖子</translation>
    </message>
</context>
<context>
    <name>ui::Composer</name>
    <message>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>俄语</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Other languages</source>
        <translation>其他语言</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Close the editor; everything typed is already saved</source>
        <translation>关闭编辑器；输入的内容均已保存</translation>
    </message>
    <message>
        <source>Post to</source>
        <translation>发布到</translation>
    </message>
    <message>
        <source>Target accounts</source>
        <translation>目标账号</translation>
    </message>
    <message>
        <source>%1 on %2, in %3</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>Choose the accounts this message goes to. Each gets its own variant, in its language, side by side.</source>
        <translation>选择要发布此信息的账号。每个账号都有自己语言的版本，并排显示。</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>无法保存草稿：%1</translation>
    </message>
    <message>
        <source>%1: edited while %2, so it is %3 again and must be verified before it goes out.</source>
        <translation>%1：在“%2”状态下被编辑，因此重新变为“%3”，发布前必须再次审核。</translation>
    </message>
    <message>
        <source>The draft is saved as soon as you type.</source>
        <translation>草稿会在输入时立即保存。</translation>
    </message>
    <message>
        <source>New post</source>
        <translation>新帖子</translation>
    </message>
    <message>
        <source>Editing</source>
        <translation>编辑中</translation>
    </message>
    <message>
        <source>Saved as you type</source>
        <translation>输入时自动保存</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>All changes saved %1</source>
        <translation>所有更改已于 %1 保存</translation>
    </message>
    <message>
        <source>Title for the office (never published) — name it before you type</source>
        <translation>内部标题（不会发布）— 请在输入正文前命名</translation>
    </message>
    <message>
        <source>Renamed to “%1”.</source>
        <translation>已重命名为“%1”。</translation>
    </message>
    <message>
        <source>Saved as a draft.</source>
        <translation>已保存为草稿。</translation>
    </message>
    <message>
        <source>Ticking an account adds a draft variant for it; one already published or scheduled stays.</source>
        <translation>勾选账号会为其添加一个草稿版本；已发布或已排期的版本会保留。</translation>
    </message>
    <message>
        <source>%1 added: write its variant.</source>
        <translation>已添加 %1：请撰写它的版本。</translation>
    </message>
    <message>
        <source>%1 taken off the post.</source>
        <translation>已从帖子中移除 %1。</translation>
    </message>
</context>
<context>
    <name>ui::ConversationView</name>
    <message>
        <source>The conversation around the selected item shows here.</source>
        <translation>所选条目的对话显示在此处。</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Our post</source>
        <translation>我们的帖子</translation>
    </message>
    <message>
        <source>It answers a post that is not in this workspace.</source>
        <translation>它回复的帖子不在此工作区中。</translation>
    </message>
    <message>
        <source>No other item of this conversation has arrived.</source>
        <translation>此对话尚无其他条目。</translation>
    </message>
    <message numerus="yes">
        <source>… %n earlier item(s) of this conversation not shown</source>
        <translation>
            <numerusform>… 此对话中还有 %n 条更早的内容未显示</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… %n later item(s) of this conversation not shown</source>
        <translation>
            <numerusform>… 此对话中还有 %n 条更晚的内容未显示</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::DashboardPane</name>
    <message>
        <source>Audience</source>
        <translation>受众</translation>
    </message>
    <message>
        <source>Only aggregate figures are shown: platform rules forbid profiling individual followers.</source>
        <translation>仅显示汇总数据：平台规则禁止对单个关注者进行画像分析。</translation>
    </message>
    <message>
        <source>Where followers live</source>
        <translation>关注者所在地</translation>
    </message>
    <message>
        <source>What they care about</source>
        <translation>关注者兴趣</translation>
    </message>
    <message>
        <source>Verified followers by kind</source>
        <translation>认证关注者类型</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Refresh audience</source>
        <translation>刷新受众</translation>
    </message>
    <message>
        <source>Reading followers… %1</source>
        <translation>正在读取关注者… %1</translation>
    </message>
    <message>
        <source>Reading followers…</source>
        <translation>正在读取关注者…</translation>
    </message>
    <message>
        <source>Import followers…</source>
        <translation>导入关注者…</translation>
    </message>
    <message>
        <source>Read each account's followers, page insights and post metrics from its platform now and add a snapshot of the aggregates.</source>
        <translation>立即从各平台读取每个账号的关注者、主页洞察和帖子数据，并添加一份汇总快照。</translation>
    </message>
    <message>
        <source>Add a snapshot from a follower export (CSV or JSON with location, bio and verified columns). A file with a bad line is refused whole.</source>
        <translation>从关注者导出文件（含 location、bio、verified 列的 CSV 或 JSON）添加快照。只要有一行有误，整个文件都会被拒绝。</translation>
    </message>
    <message>
        <source>Import followers</source>
        <translation>导入关注者</translation>
    </message>
    <message>
        <source>The account the export belongs to:</source>
        <translation>导出文件所属的账号：</translation>
    </message>
    <message>
        <source>Tick the accounts to show; several are compared.</source>
        <translation>勾选要显示的账号；勾选多个即可比较。</translation>
    </message>
    <message>
        <source>Overlaid</source>
        <translation>叠加</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>并排</translation>
    </message>
    <message>
        <source>Compare the ticked accounts in one chart each, or with a chart per account.</source>
        <translation>在同一图表中比较勾选的账号，或为每个账号各画一张图。</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>最近 90 天</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>最近 12 个月</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Accounts:</source>
        <translation>账号：</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>时间范围：</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) refreshed; reading post metrics…</source>
        <translation>
            <numerusform>已刷新 %n 个账号；正在读取帖子数据…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audience refreshed; %n post(s) measured</source>
        <translation>
            <numerusform>受众已刷新；已统计 %n 条帖子</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::DesktopNotifier</name>
    <message>
        <source>Show</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ui::FailureNotices</name>
    <message>
        <source>a post</source>
        <translation>一条帖子</translation>
    </message>
    <message>
        <source>an account</source>
        <translation>某个账号</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translation>未发布：%1</translation>
    </message>
    <message>
        <source>%1 on %2 was refused.</source>
        <translation>%1（%2）被平台拒绝。</translation>
    </message>
    <message>
        <source>%1 on %2 was refused: %3</source>
        <translation>%1（%2）被平台拒绝：%3</translation>
    </message>
</context>
<context>
    <name>ui::FollowerImportController</name>
    <message>
        <source>Import followers of %1</source>
        <translation>导入 %1 的关注者</translation>
    </message>
    <message>
        <source>Follower exports (*.csv *.tsv *.txt *.json *.jsonl *.ndjson);;All files (*)</source>
        <translation>关注者导出文件 (*.csv *.tsv *.txt *.json *.jsonl *.ndjson);;所有文件 (*)</translation>
    </message>
    <message>
        <source>“%1” is neither CSV (.csv, .tsv) nor JSON (.json, .jsonl).</source>
        <translation>“%1”既不是 CSV（.csv、.tsv）也不是 JSON（.json、.jsonl）。</translation>
    </message>
    <message>
        <source>Reading followers of %1…</source>
        <translation>正在读取 %1 的关注者…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was stored.</source>
        <translation>导入已取消；未保存任何内容。</translation>
    </message>
    <message>
        <source>Imported %1 followers of %2.</source>
        <translation>已导入 %2 的 %1 位关注者。</translation>
    </message>
</context>
<context>
    <name>ui::ImportIssuesDialog</name>
    <message>
        <source>Import refused</source>
        <translation>导入被拒绝</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported from “%1”: %n line(s) cannot be read. Correct them and import the file again.</source>
        <translation>
            <numerusform>未从“%1”导入任何内容：有 %n 行无法读取。请改正后重新导入该文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the first %1 are listed.</source>
        <translation>仅列出前 %1 条。</translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>全部复制</translation>
    </message>
</context>
<context>
    <name>ui::InboxFilterBar</name>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>立场</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时间段</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>所有平台</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>所有语言</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>俄文</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Other languages</source>
        <translation>其他语言</translation>
    </message>
    <message>
        <source>Every stance</source>
        <translation>所有立场</translation>
    </message>
    <message>
        <source>Open (not done)</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>任何时间</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>过去一小时</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>过去 24 小时</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>过去 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>过去 30 天</translation>
    </message>
    <message>
        <source>Search the text and authors (Ctrl+F)…</source>
        <translation>搜索文本和作者（Ctrl+F）…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>★ Notable</source>
        <translation>★ 重要</translation>
    </message>
    <message>
        <source>Only the items flagged for the report to the ministry</source>
        <translation>仅显示标记为向外交部报告的条目</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>所有账号</translation>
    </message>
    <message>
        <source>Anyone or nobody</source>
        <translation>任何人或无人</translation>
    </message>
    <message>
        <source>Assigned to nobody</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>Me (%1)</source>
        <translation>我（%1）</translation>
    </message>
    <message>
        <source>Dates…</source>
        <translation>日期…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
</context>
<context>
    <name>ui::InboxPane</name>
    <message>
        <source>Fetch new</source>
        <translation>获取新消息</translation>
    </message>
    <message>
        <source>Fetch new mentions and comments from every account now (F5 reloads the list).</source>
        <translation>立即从所有账号获取新的提及和评论（按 F5 重新加载列表）。</translation>
    </message>
    <message>
        <source>Fetching… %1 new</source>
        <translation>正在获取… 新增 %1 条</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>收件箱</translation>
    </message>
    <message>
        <source>Select an item to read it in full.</source>
        <translation>选择一条消息以查看全文。</translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation>正在获取…</translation>
    </message>
    <message numerus="yes">
        <source>Fetched at %1: %n new</source>
        <translation>
            <numerusform>%1 获取：新增 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>共 %1 条</translation>
    </message>
    <message>
        <source> · verified</source>
        <translation> · 已认证</translation>
    </message>
    <message>
        <source> · %1 followers</source>
        <translation> · %1 名关注者</translation>
    </message>
    <message>
        <source>Decided by:</source>
        <translation>判断依据：</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>分配给我</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>上报</translation>
    </message>
    <message>
        <source>Notable for the report</source>
        <translation>写入报告</translation>
    </message>
    <message>
        <source>Back to new</source>
        <translation>退回待处理</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s): %1</source>
        <translation>
            <numerusform>%n 条：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Flagged for the report to the ministry.</source>
        <translation>已标记，将写入给外交部的报告。</translation>
    </message>
    <message>
        <source>No longer flagged.</source>
        <translation>已取消标记。</translation>
    </message>
    <message>
        <source>Criticism is at the top of the list.</source>
        <translation>批评位于列表顶部。</translation>
    </message>
    <message>
        <source>Response times…</source>
        <translation>响应时间…</translation>
    </message>
    <message>
        <source>How quickly each person gave the first reply</source>
        <translation>每个人给出首次回复的速度</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Assign to…</source>
        <translation>分配给…</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>下一条</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation>上一条</translation>
    </message>
    <message>
        <source>Stance: criticism</source>
        <translation>立场：批评</translation>
    </message>
    <message>
        <source>Stance: question</source>
        <translation>立场：提问</translation>
    </message>
    <message>
        <source>Stance: support</source>
        <translation>立场：支持</translation>
    </message>
    <message>
        <source>Stance: neutral</source>
        <translation>立场：中立</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Select several items (then a key acts on all)</source>
        <translation>选择多条（按键将作用于全部）</translation>
    </message>
    <message>
        <source>Search (Down returns to the list)</source>
        <translation>搜索（按向下键返回列表）</translation>
    </message>
    <message>
        <source>Send the reply, in the reply editor</source>
        <translation>发送回复（在回复编辑器中）</translation>
    </message>
    <message>
        <source>Close the reply editor without sending</source>
        <translation>关闭回复编辑器而不发送</translation>
    </message>
    <message>
        <source>Keys (?)</source>
        <translation>按键（?）</translation>
    </message>
    <message>
        <source>Every key of the inbox</source>
        <translation>收件箱的全部按键</translation>
    </message>
    <message>
        <source>The account this item came to is no longer in the workspace.</source>
        <translation>此条目所属的账号已不在工作区中。</translation>
    </message>
    <message>
        <source>Reply waiting for verification in Compose ▸ Waiting for verification.</source>
        <translation>回复正在等待审核：撰写 ▸ 等待审核。</translation>
    </message>
    <message>
        <source>Reply on its way.</source>
        <translation>回复正在发送。</translation>
    </message>
    <message>
        <source>Me (%1)</source>
        <translation>我（%1）</translation>
    </message>
    <message>
        <source>Team members are edited in Settings</source>
        <translation>团队成员可在设置中编辑</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) assigned to %1</source>
        <translation>
            <numerusform>%n 条已分配给 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the criticism of the last hour</source>
        <translation>显示过去一小时的批评</translation>
    </message>
    <message>
        <source>Storm of criticism</source>
        <translation>批评风暴</translation>
    </message>
    <message>
        <source>%1+ items</source>
        <translation>%1+ 条</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>已分配给 %1</translation>
    </message>
    <message>
        <source>First reply after %1, by %2</source>
        <translation>%1 后首次回复，由 %2 回复</translation>
    </message>
    <message>
        <source>Search is still indexing older items…</source>
        <translation>搜索仍在索引较早的条目…</translation>
    </message>
    <message>
        <source>Load older items…</source>
        <translation>加载较早的条目…</translation>
    </message>
    <message>
        <source>Read items older than the oldest in the inbox from the platforms</source>
        <translation>从平台读取比收件箱中最早条目更早的条目</translation>
    </message>
    <message>
        <source>Our reply did not go out. The platform said: %1</source>
        <translation>我们的回复未能发出。平台的说明：%1</translation>
    </message>
    <message>
        <source>Press R to open it again with its text and try again.</source>
        <translation>按 R 重新打开该回复（保留原文）并再试一次。</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n 个账号</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::MainWindow</name>
    <message>
        <source>Demo workspace</source>
        <translation>演示工作区</translation>
    </message>
    <message>
        <source>%1 — Attaché</source>
        <translation>%1 — Attaché</translation>
    </message>
    <message>
        <source>Compose</source>
        <translation>撰写</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>收件箱</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Club</source>
        <translation>俱乐部</translation>
    </message>
    <message>
        <source>Coming in a later version</source>
        <translation>将在后续版本中提供</translation>
    </message>
    <message>
        <source>Panes</source>
        <translation>窗格</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>新建工作区(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>打开工作区(&amp;O)…</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Workspace</source>
        <translation>打开演示工作区(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Compose</source>
        <translation>撰写(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Inbox</source>
        <translation>收件箱(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Dashboards</source>
        <translation>仪表板(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新加载(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Attaché</source>
        <translation>关于 Attaché(&amp;A)</translation>
    </message>
    <message>
        <source>About Attaché</source>
        <translation>关于 Attaché</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Attaché %1&lt;/h3&gt;&lt;p&gt;The press office workbench: one message, tailored per account and language, verified before it goes out; the comments that come back, criticism first; and who the audience is.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Attaché %1&lt;/h3&gt;&lt;p&gt;新闻办公室工作台：同一条信息，按账号和语言分别调整，发布前经过审核；收到的评论，批评优先；以及受众是谁。&lt;/p&gt;&lt;p&gt;基于 Qt %2 构建。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Reloaded</source>
        <translation>已重新加载</translation>
    </message>
    <message>
        <source>Platforms: local sandbox</source>
        <translation>平台：本地沙盒</translation>
    </message>
    <message>
        <source>The demo's accounts talk to a platform server on this computer (%1), through the same code that talks to X, Facebook and Weibo.</source>
        <translation>演示账号连接的是本机上的平台服务器（%1），所用代码与连接 X、Facebook 和 Weibo 的代码相同。</translation>
    </message>
    <message>
        <source>%1 of %2 accounts connected</source>
        <translation>已连接 %1/%2 个账号</translation>
    </message>
    <message>
        <source>Accounts that are not connected need signing in again; everything else works offline.</source>
        <translation>未连接的账号需要重新登录；其他功能均可离线使用。</translation>
    </message>
    <message>
        <source>Published (platform id %1).</source>
        <translation>已发布（平台 ID：%1）。</translation>
    </message>
    <message>
        <source>Not published: %1 on %2. %3</source>
        <translation>未发布：%1（%2）。%3</translation>
    </message>
    <message>
        <source>A post is due but cannot go out yet: %1</source>
        <translation>有帖子已到发布时间，但暂时无法发出：%1</translation>
    </message>
    <message>
        <source>Publishing from this window</source>
        <translation>由此窗口发布</translation>
    </message>
    <message>
        <source>Publishing elsewhere</source>
        <translation>由其他位置发布</translation>
    </message>
    <message>
        <source>Another publisher (%1) sends this workspace's posts.</source>
        <translation>此工作区的帖子由另一个发布程序（%1）发送。</translation>
    </message>
    <message>
        <source>Demo workspace (generated; its platforms run on this computer)</source>
        <translation>演示工作区（自动生成；其平台在本机运行）</translation>
    </message>
    <message>
        <source>Sign in to %1…</source>
        <translation>登录 %1…</translation>
    </message>
    <message>
        <source>Double-click to sign in.</source>
        <translation>双击以登录。</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
</context>
<context>
    <name>ui::MentionTableModel</name>
    <message>
        <source>%1 ✓</source>
        <translation>%1 ✓</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Lang.</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>立场</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>done, so at the end</source>
        <translation>已完成，因此排在末尾</translation>
    </message>
    <message>
        <source>criticism comes first</source>
        <translation>批评优先</translation>
    </message>
    <message>
        <source>a question, right after criticism</source>
        <translation>提问，紧随批评之后</translation>
    </message>
    <message>
        <source>verified author</source>
        <translation>认证作者</translation>
    </message>
    <message>
        <source>%1 followers</source>
        <translation>%1 名关注者</translation>
    </message>
    <message>
        <source>then the newest first</source>
        <translation>其次按时间由新到旧</translation>
    </message>
    <message>
        <source>Why here: %1</source>
        <translation>排在此处的原因：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 ★</source>
        <translation>%1 ★</translation>
    </message>
    <message>
        <source>the press or an official, by their bio</source>
        <translation>媒体或官员（据其简介）</translation>
    </message>
    <message>
        <source>Our reply did not go out: %1
Press R to open it again and try again.</source>
        <translation>我们的回复未能发出：%1
按 R 重新打开并再试一次。</translation>
    </message>
    <message>
        <source>%1 · ⚠ reply failed</source>
        <translation>%1 · ⚠ 回复失败</translation>
    </message>
</context>
<context>
    <name>ui::PostTreeModel</name>
    <message>
        <source>Written by %1</source>
        <translation>作者：%1</translation>
    </message>
    <message>
        <source>Post / account</source>
        <translation>帖子 / 账号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Goes out (%1)</source>
        <translation>发布时间（%1）</translation>
    </message>
    <message>
        <source>Moscow</source>
        <translation>莫斯科</translation>
    </message>
    <message>
        <source>Scheduled on %1</source>
        <translation>已在 %1 上定时</translation>
    </message>
    <message>
        <source>Scheduled (to hand to %1)</source>
        <translation>已排期（待交给 %1）</translation>
    </message>
</context>
<context>
    <name>ui::ReplyEditor</name>
    <message>
        <source>Reply to %1</source>
        <translation>回复 %1</translation>
    </message>
    <message>
        <source>From &lt;b&gt;%1&lt;/b&gt; &lt;span style='color:gray'&gt;%2 on %3&lt;/span&gt;</source>
        <translation>发自 &lt;b&gt;%1&lt;/b&gt; &lt;span style='color:gray'&gt;%3 上的 %2&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Insert a saved reply…</source>
        <translation>插入常用回复…</translation>
    </message>
    <message>
        <source>Replaces the text with the saved reply, its placeholders filled in for this item</source>
        <translation>用常用回复替换文本，并为此条目填入占位符</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>俄文</translation>
    </message>
    <message>
        <source>Language of the saved reply</source>
        <translation>常用回复的语言</translation>
    </message>
    <message>
        <source>Manage…</source>
        <translation>管理…</translation>
    </message>
    <message>
        <source>Add, change or delete the workspace's saved replies</source>
        <translation>添加、修改或删除工作区的常用回复</translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation>回复文本</translation>
    </message>
    <message>
        <source>Write the reply…</source>
        <translation>撰写回复…</translation>
    </message>
    <message>
        <source>Send for review</source>
        <translation>提交审核</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>The workspace requires review of replies: a colleague verifies it, then the publisher sends it.</source>
        <translation>本工作区的回复需要审核：同事核实后，发布程序再发出。</translation>
    </message>
    <message>
        <source>The publisher sends it within moments (Ctrl+Enter).</source>
        <translation>发布程序将在片刻内发出（Ctrl+Enter）。</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>在浏览器中打开</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 characters over %2's limit.</source>
        <translation>超出 %2 的字数限制 %1 个字符。</translation>
    </message>
    <message>
        <source>Counted as %1 counts them.</source>
        <translation>按 %1 的规则计数。</translation>
    </message>
    <message>
        <source>Our earlier reply did not go out. The platform said: %1
Its text is below: change what the platform objected to, then send it again.</source>
        <translation>我们之前的回复未能发出。平台的说明：%1
回复内容见下方：请修改平台提出异议之处，然后重新发送。</translation>
    </message>
</context>
<context>
    <name>ui::ResponseTimesDialog</name>
    <message>
        <source>Response times</source>
        <translation>响应时间</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>过去 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>过去 30 天</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>过去 90 天</translation>
    </message>
    <message>
        <source>First replies in:</source>
        <translation>首次回复时间段：</translation>
    </message>
    <message>
        <source>From an item's arrival to the first reply sent from the app, per person who sent it.</source>
        <translation>从条目到达到应用中发出首次回复的时间，按回复人统计。</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>不到一分钟</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>回复人</translation>
    </message>
    <message>
        <source>Items answered first</source>
        <translation>首次回复条数</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>平均值</translation>
    </message>
    <message>
        <source>The whole team</source>
        <translation>整个团队</translation>
    </message>
</context>
<context>
    <name>ui::SavedRepliesDialog</name>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Saved replies</source>
        <translation>常用回复</translation>
    </message>
    <message>
        <source>For example: Thanks for the question</source>
        <translation>例如：感谢提问</translation>
    </message>
    <message>
        <source>The reply in English…</source>
        <translation>英文回复…</translation>
    </message>
    <message>
        <source>The reply in Russian…</source>
        <translation>俄文回复…</translation>
    </message>
    <message>
        <source>Placeholders, filled in for each item: %1</source>
        <translation>占位符（按每个条目填入）：%1</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>English:</source>
        <translation>英文：</translation>
    </message>
    <message>
        <source>Russian:</source>
        <translation>俄文：</translation>
    </message>
    <message>
        <source>Delete the saved reply “%1” for everyone?</source>
        <translation>要为所有人删除常用回复“%1”吗？</translation>
    </message>
</context>
<context>
    <name>ui::SavedReplyModel</name>
    <message>
        <source>EN: %1
RU: %2</source>
        <translation>英文：%1
俄文：%2</translation>
    </message>
</context>
<context>
    <name>ui::ScheduleDialog</name>
    <message>
        <source>Schedule</source>
        <translation>排期</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Time (%1):</source>
        <translation>时间（%1）：</translation>
    </message>
    <message>
        <source>In Moscow:</source>
        <translation>莫斯科时间：</translation>
    </message>
    <message>
        <source>%1 does not exist on that day in %2 (the clocks go forward); it will go out at %3.</source>
        <translation>%2 当天没有 %1 这一时刻（时钟拨快）；将于 %3 发布。</translation>
    </message>
    <message>
        <source>%1 happens twice on that day in %2 (the clocks go back); the first one is used.</source>
        <translation>%2 当天 %1 会出现两次（时钟拨慢）；将使用第一次。</translation>
    </message>
    <message>
        <source>This time has passed: the post will go out as soon as it is scheduled.</source>
        <translation>此时间已过：排期后帖子将立即发布。</translation>
    </message>
    <message>
        <source>Schedule on %1</source>
        <translation>在 %1 上定时发布</translation>
    </message>
    <message>
        <source>Hand the post to %1 now; %1 publishes it at this time even if no publisher runs then.</source>
        <translation>现在就把帖子交给 %1；即使届时没有发布程序在运行，%1 也会在该时间发布。</translation>
    </message>
    <message numerus="yes">
        <source>%1 schedules posts from %n minutes ahead; this time is too close.</source>
        <translation>
            <numerusform>%1 只接受至少提前 %n 分钟的定时发布；这个时间太近了。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 schedules posts at most %n days ahead; this time is too far.</source>
        <translation>
            <numerusform>%1 最多只接受提前 %n 天的定时发布；这个时间太远了。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>现在：%1</translation>
    </message>
    <message>
        <source>Unknown time zone</source>
        <translation>未知时区</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>工作区：</translation>
    </message>
    <message>
        <source>Time zone for schedules:</source>
        <translation>排期时区：</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>界面语言：</translation>
    </message>
    <message>
        <source>A new interface language takes effect when Attaché starts again.</source>
        <translation>新的界面语言将在 Attaché 重新启动后生效。</translation>
    </message>
    <message>
        <source>“%1” is not a time zone this computer knows. Pick one from the list, for example Europe/London.</source>
        <translation>本机无法识别时区“%1”。请从列表中选择，例如 Europe/London。</translation>
    </message>
    <message>
        <source>Replies from the inbox need verification before they go out</source>
        <translation>收件箱中的回复在发出前需要审核</translation>
    </message>
    <message>
        <source>One name per line</source>
        <translation>每行一个名字</translation>
    </message>
    <message>
        <source>Inbox:</source>
        <translation>收件箱：</translation>
    </message>
    <message>
        <source>Team members:</source>
        <translation>团队成员：</translation>
    </message>
</context>
<context>
    <name>ui::ShortcutsSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>In the inbox</source>
        <translation>在收件箱中</translation>
    </message>
    <message>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <source>Triage from the keyboard: the list has the focus, each key works on the selected items and moves on to the next.</source>
        <translation>用键盘分拣：焦点在列表上时，每个按键作用于所选条目，并跳到下一条。</translation>
    </message>
</context>
<context>
    <name>ui::SignInController</name>
    <message>
        <source>%1 developer app</source>
        <translation>%1 开发者应用</translation>
    </message>
    <message>
        <source>Attaché signs in with the embassy's own %1 developer app. Enter its id once for this workspace; a secret goes to the system keychain, never to the workspace file.</source>
        <translation>Attaché 使用使馆自己的 %1 开发者应用登录。请为此工作区输入一次应用 ID；密钥保存在系统钥匙串中，绝不会写入工作区文件。</translation>
    </message>
    <message>
        <source>App id:</source>
        <translation>应用 ID：</translation>
    </message>
    <message>
        <source>App secret:</source>
        <translation>应用密钥：</translation>
    </message>
    <message>
        <source>The demo's accounts are signed in to the local sandbox already.</source>
        <translation>演示账号已登录本地沙盒。</translation>
    </message>
    <message>
        <source>There is no system keychain, so no account can be signed in.</source>
        <translation>没有系统钥匙串，因此无法登录任何账号。</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Open this address in your browser to sign in:
%1</source>
        <translation>请在浏览器中打开此地址以登录：
%1</translation>
    </message>
    <message>
        <source>Finish signing in in your browser…</source>
        <translation>请在浏览器中完成登录…</translation>
    </message>
</context>
<context>
    <name>ui::SpellChecker</name>
    <message>
        <source>No spell checking: the %1 dictionary is not installed (install the package “%2”).</source>
        <translation>不检查拼写：未安装 %1 词典（请安装软件包“%2”）。</translation>
    </message>
    <message>
        <source>No spell checking: the %1 dictionary uses the encoding %2, which this system cannot convert.</source>
        <translation>不检查拼写：%1 词典使用的编码 %2 无法在此系统上转换。</translation>
    </message>
</context>
<context>
    <name>ui::VariantEditor</name>
    <message>
        <source>Russian</source>
        <translation>俄语</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <source>Adapted</source>
        <translation>已调整</translation>
    </message>
    <message>
        <source>Copy from…</source>
        <translation>复制自…</translation>
    </message>
    <message>
        <source>Start from another variant's text, then adapt it to this account</source>
        <translation>以另一个版本的文本为基础，再针对此账号调整</translation>
    </message>
    <message>
        <source>Mark this variant as adapted to its account and audience (platforms forbid identical posts on several accounts)</source>
        <translation>将此版本标记为已针对其账号和受众调整（平台禁止在多个账号上发布相同的帖子）</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>拼写</translation>
    </message>
    <message>
        <source>English (UK)</source>
        <translation>英语（英国）</translation>
    </message>
    <message>
        <source>English (US)</source>
        <translation>英语（美国）</translation>
    </message>
    <message>
        <source>No spell checking</source>
        <translation>不检查拼写</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>How the platform will show this variant</source>
        <translation>平台将如何显示此版本</translation>
    </message>
    <message>
        <source>Text for %1</source>
        <translation>%1 的文本</translation>
    </message>
    <message>
        <source>Write the %1 variant for %2…</source>
        <translation>为 %2 撰写%1版本…</translation>
    </message>
    <message>
        <source>Show how this text splits into a numbered thread of valid posts</source>
        <translation>显示此文本如何拆分为带编号的有效帖子串</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 characters over %2's limit: the part on red will not fit.</source>
        <translation>超出 %2 的字数限制 %1 个字符：红色部分将无法容纳。</translation>
    </message>
    <message>
        <source>Counted as %1 counts: links as 23, emoji as 2, CJK as 2.</source>
        <translation>按 %1 的规则计数：链接计 23，表情符号计 2，中日韩字符计 2。</translation>
    </message>
    <message>
        <source>%1 — can no longer be edited</source>
        <translation>%1 — 已无法编辑</translation>
    </message>
    <message>
        <source>%1 — editing sends it back to review</source>
        <translation>%1 — 编辑后将退回审核</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <source>⚠ no dictionary</source>
        <translation>⚠ 无词典</translation>
    </message>
    <message>
        <source>Spelling is not checked for this variant</source>
        <translation>此版本不检查拼写</translation>
    </message>
    <message>
        <source>Spelling checked with Hunspell's %1 dictionary</source>
        <translation>使用 Hunspell 的 %1 词典检查拼写</translation>
    </message>
    <message>
        <source>No suggestions</source>
        <translation>无建议</translation>
    </message>
    <message>
        <source>Ignore “%1”</source>
        <translation>忽略“%1”</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Thread for %1</source>
        <translation>%1 的帖子串</translation>
    </message>
    <message>
        <source>Post %1</source>
        <translation>帖子 %1</translation>
    </message>
    <message>
        <source>Copy the parts</source>
        <translation>复制各部分</translation>
    </message>
    <message>
        <source>Copy the numbered posts, separated by blank lines, to paste them elsewhere</source>
        <translation>复制带编号的帖子（以空行分隔），以便粘贴到别处</translation>
    </message>
    <message>
        <source>Show the parts…</source>
        <translation>查看各部分…</translation>
    </message>
    <message>
        <source>Publish as thread</source>
        <translation>以串文发布</translation>
    </message>
    <message>
        <source>Too long for one post: send it as a chain of numbered posts, each replying to the one before</source>
        <translation>一条帖子放不下：以编号帖子串发布，每条回复上一条</translation>
    </message>
    <message>
        <source>↩ Reply</source>
        <translation>↩ 回复</translation>
    </message>
    <message>
        <source>Goes out as a reply to item %1 of the inbox</source>
        <translation>将作为对收件箱条目 %1 的回复发出</translation>
    </message>
    <message numerus="yes">
        <source>%n posts in a thread</source>
        <translation>
            <numerusform>串文共 %n 条帖子</numerusform>
        </translation>
    </message>
    <message>
        <source>Each part is within %1's limit; they go out as a chain of replies.</source>
        <translation>每一部分都在 %1 的字数限制之内；它们将以回复链的形式发出。</translation>
    </message>
    <message numerus="yes">
        <source>Too long for one post on X: as a thread it goes out as these %n numbered posts, each within the limit and each replying to the one before. Tick “Publish as thread” to send it so, or shorten the text.</source>
        <translation>
            <numerusform>一条 X 帖子放不下：以串文发布时将分为以下 %n 条编号帖子，每条都在字数限制之内，并回复上一条。勾选“以串文发布”即按此发送，或缩短文字。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::VariantPreview</name>
    <message>
        <source>Nothing written yet.</source>
        <translation>尚未撰写内容。</translation>
    </message>
    <message>
        <source>%1 · %2 of %3 characters as %4 counts them</source>
        <translation>%1 · %2/%3 个字符（按 %4 的规则计数）</translation>
    </message>
</context>
<context>
    <name>ui::Workbench</name>
    <message>
        <source>Workspace upgraded</source>
        <translation>工作区已升级</translation>
    </message>
    <message>
        <source>The workspace was upgraded to this version of Attaché. A copy of it as it was is kept in “%1”.</source>
        <translation>工作区已升级到此版本的 Attaché。升级前的副本保存在“%1”。</translation>
    </message>
    <message>
        <source>A temporary folder for the demo could not be created: %1</source>
        <translation>无法为演示创建临时文件夹：%1</translation>
    </message>
    <message>
        <source>Attaché workspaces (*.attache);;All files (*)</source>
        <translation>Attaché 工作区 (*.attache);;所有文件 (*)</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>新建工作区</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose a new name for a new workspace, or open it instead.</source>
        <translation>“%1”已存在。请为新工作区选择其他名称，或直接打开它。</translation>
    </message>
    <message>
        <source>Attaché</source>
        <translation>Attaché</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be created.</source>
        <translation>无法创建文件夹“%1”。</translation>
    </message>
    <message>
        <source>The screenshot “%1” could not be written.</source>
        <translation>无法写入截图“%1”。</translation>
    </message>
</context>
<context>
    <name>ui::WorkflowBar</name>
    <message>
        <source>Submit for review</source>
        <translation>提交审核</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>退回…</translation>
    </message>
    <message>
        <source>Schedule…</source>
        <translation>排期…</translation>
    </message>
    <message>
        <source>Publish now</source>
        <translation>立即发布</translation>
    </message>
    <message>
        <source>Unschedule</source>
        <translation>取消排期</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Verify the text: nothing is published before it is verified.</source>
        <translation>审核通过此文本：未经审核的内容不会发布。</translation>
    </message>
    <message>
        <source>Schedule it for now: the publisher sends it within moments.</source>
        <translation>排期到现在：发布程序会在片刻内发出。</translation>
    </message>
    <message>
        <source>Verify your own text?</source>
        <translation>审核自己的文本？</translation>
    </message>
    <message>
        <source>You submitted this text yourself. Verification is meant to be a second pair of eyes: verify it yourself only if nobody else can, for example out of hours.</source>
        <translation>此文本是您自己提交的。审核的目的是让另一个人把关：只有在无人可审核时（例如非工作时间）才应自行审核。</translation>
    </message>
    <message>
        <source>Verified by the author (explicitly confirmed)</source>
        <translation>由作者本人审核（已明确确认）</translation>
    </message>
    <message>
        <source>Ministry reference (optional), e.g. the approval's number:</source>
        <translation>外交部批复编号（可选），例如批文号：</translation>
    </message>
    <message>
        <source>verified by the ministry: %1</source>
        <translation>经外交部审核：%1</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>What should change? The author reads this.</source>
        <translation>需要修改什么？作者会看到此说明。</translation>
    </message>
</context>
<context>
    <name>ui::audience</name>
    <message>
        <source>Who this account's audience is, from its latest audience snapshot (aggregates only).</source>
        <translation>此账号的受众概况，来自最新的受众快照（仅汇总数据）。</translation>
    </message>
</context>
<context>
    <name>workspace</name>
    <message>
        <source>Not signed in.</source>
        <translation>未登录。</translation>
    </message>
    <message>
        <source>Not signed in: sign in to %1 again.</source>
        <translation>未登录：请重新登录 %1。</translation>
    </message>
    <message>
        <source>This account is not signed in to its platform.</source>
        <translation>此账号未登录其平台。</translation>
    </message>
    <message>
        <source>The demo can only be created in an empty workspace.</source>
        <translation>只能在空工作区中创建演示。</translation>
    </message>
    <message>
        <source>The demo could not be saved.</source>
        <translation>无法保存演示。</translation>
    </message>
    <message>
        <source>The demo's local platform server could not start, so the demo works offline.</source>
        <translation>演示的本地平台服务器无法启动，因此演示以离线方式运行。</translation>
    </message>
    <message numerus="yes">
        <source>Signed in, but only for %n more day(s): sign in again before then.</source>
        <translation>
            <numerusform>已登录，但仅剩 %n 天有效：请在此之前重新登录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the embassy's own %1 app id in Settings first: each workspace signs in with its own developer app.</source>
        <translation>请先在设置中填写使馆自己的 %1 应用 ID：每个工作区都通过自己的开发者应用登录。</translation>
    </message>
    <message>
        <source>Enter the %1 app secret in Settings first.</source>
        <translation>请先在设置中填写 %1 应用密钥。</translation>
    </message>
    <message>
        <source>%1 is signed in to X.</source>
        <translation>%1 已登录 X。</translation>
    </message>
    <message>
        <source>This Facebook user manages no Page.</source>
        <translation>此 Facebook 用户未管理任何主页。</translation>
    </message>
    <message>
        <source>%1 is signed in to %2.</source>
        <translation>%1 已登录 %2。</translation>
    </message>
</context>
</TS>