.class public Lcom/tencent/bugly/crashreport/CrashReport;
.super Ljava/lang/Object;
.source "BUGLY"


# static fields
.field private static a:Landroid/content/Context;

.field private static b:Z


# direct methods
.method public constructor <init>()V
    .registers 1

    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    return-void
.end method

.method public static initCrashReport(Landroid/content/Context;Ljava/lang/String;Z)V
    .registers 5

    if-nez p0, :cond_3

    return-void

    :cond_3
    invoke-virtual {p0}, Landroid/content/Context;->getApplicationContext()Landroid/content/Context;

    move-result-object v0

    sput-object v0, Lcom/tencent/bugly/crashreport/CrashReport;->a:Landroid/content/Context;

    invoke-static {v0}, Lcom/tencent/bugly/crashreport/common/info/a;->a(Landroid/content/Context;)Lcom/tencent/bugly/crashreport/common/info/a;

    move-result-object v1

    iput-object p1, v1, Lcom/tencent/bugly/crashreport/common/info/a;->d:Ljava/lang/String;

    iput-boolean p2, v1, Lcom/tencent/bugly/crashreport/common/info/a;->e:Z

    const/4 v0, 0x1

    sput-boolean v0, Lcom/tencent/bugly/crashreport/CrashReport;->b:Z

    return-void
.end method

.method public static setUserId(Ljava/lang/String;)V
    .registers 2

    sget-boolean v0, Lcom/tencent/bugly/crashreport/CrashReport;->b:Z

    if-nez v0, :cond_5

    return-void

    :cond_5
    sget-object v0, Lcom/tencent/bugly/crashreport/CrashReport;->a:Landroid/content/Context;

    invoke-static {v0}, Lcom/tencent/bugly/crashreport/common/info/a;->a(Landroid/content/Context;)Lcom/tencent/bugly/crashreport/common/info/a;

    move-result-object v0

    iput-object p0, v0, Lcom/tencent/bugly/crashreport/common/info/a;->f:Ljava/lang/String;

    return-void
.end method
