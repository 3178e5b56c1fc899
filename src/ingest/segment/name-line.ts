/**
 * A byline that names people, a publication and a date, with or without role words —
 * `记者 王小明 李华 《某某日报》 2024年3月5日`, `（某某日报 张三 2023-05-12）`, `王小明 / 某市工人报 /
 * 2024.03.05`, often closing the article. Read token by token: every token must be a name, a
 * role, a publication or a date, so a heading or a sentence never passes.
 */
export interface NameLine {
  names: string[];
  publication?: string;
  /** yyyy-mm-dd, or yyyy-mm when the line gives no day. */
  date?: string;
}

/** The commonest Chinese surnames (about nine people in ten carry one), compound ones first. */
const surnames =
  '欧阳|司马|诸葛|上官|东方|皇甫|尉迟|公孙|令狐|慕容|[王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝]';
const name = new RegExp(`^(?:${surnames})[\\p{Script=Han}]{1,2}$`, 'u');
const role = /^(?:本报|本刊|本台)?(?:特约|见习|实习)?(?:记者|通讯员|实习生|摄影|编辑|文|图|撰文|图文)$/;
const publicationName =
  /^《[^》]{2,16}》$|^[\p{Script=Han}]{2,12}(?:日报|晚报|早报|工人报|报|周刊|杂志|网|新闻网|融媒体中心|融媒|电视台|广播电视台|传媒|客户端|频道)$/u;
const datePattern = /^((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})(?:\s*[-/.月]\s*(\d{1,2})\s*日?|\s*月)?$/;

function dateOf(token: string): string | undefined {
  const match = datePattern.exec(token);
  if (!match) return undefined;
  const [, year, month, day] = match;
  return [year, month?.padStart(2, '0'), day?.padStart(2, '0')].filter(Boolean).join('-');
}

/** Tokens of the line: a role glued to its name (记者王小明) or to its publication (某某日报记者) is split off. */
function tokensOf(line: string): string[] {
  return line
    .replace(/^[（(]\s*|\s*[）)]$/g, '')
    .replace(/((?:本报|本刊)?(?:特约|见习|实习)?(?:记者|通讯员|实习生))/g, ' $1 ')
    .replace(/(《[^》]+》)/g, ' $1 ')
    .split(/[\s、，,|｜/／·]+|(?<!\d)[—-]+|[—-]+(?!\d)/)
    .filter(Boolean);
}

/** The name line the text is, or null when any token is something else (a heading, a sentence). */
export function readNameLine(text: string): NameLine | null {
  if ([...text].length > 60 || /[。！？；：:!?;]/.test(text)) return null;
  const found: NameLine = { names: [] };
  let roles = 0;
  for (const token of tokensOf(text)) {
    const date = dateOf(token);
    if (date && !found.date) found.date = date;
    else if (role.test(token)) roles++;
    else if (name.test(token)) found.names.push(token);
    else if (publicationName.test(token)) found.publication ??= token.replace(/[《》]/g, '');
    else return null;
  }
  // A name or two could be any words; with a role word or a paper, or two names and a date, it is a byline.
  const byline = roles > 0 || found.publication !== undefined || (found.date !== undefined && found.names.length >= 2);
  return found.names.length > 0 && byline ? found : null;
}
