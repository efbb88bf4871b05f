.class public Lcom/tencent/bugly/crashreport/CrashReport;
.super Ljava/lang/Object;
.source "BUGLY"


# static fields
.field private static a:Landroid/content/Context;

.field private static b:Ljava/lang/String;


# direct methods
.method public constructor <init>()V
    .registers 1

    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    return-void
.end method

.method public static initCrashReport(Landroid/content/Context;Ljava/lang/String;Z)V
    .registers 5

    if-nez p0, :cond_0

    return-void

    :cond_0
    invoke-virtual {p0}, Landroid/content/Context;->getApplicationContext()Landroid/content/Context;

    move-result-object v0

    sput-object v0, Lcom/tencent/bugly/crashreport/CrashReport;->a:Landroid/content/Context;

    sput-object p1, Lcom/tencent/bugly/crashreport/CrashReport;->b:Ljava/lang/String;

    invoke-static {v0}, Lcom/tencent/bugly/crashreport/common/info/a;->a(Landroid/content/Context;)Lcom/tencent/bugly/crashreport/common/info/a;

    new-instance v1, Lcom/tencent/bugly/crashreport/crash/e;

    invoke-direct {v1, v0}, Lcom/tencent/bugly/crashreport/crash/e;-><init>(Landroid/content/Context;)V

    invoke-virtual {v1}, Lcom/tencent/bugly/crashreport/crash/e;->a()V

    return-void
.end method

.method public static postCatchedException(Ljava/lang/Throwable;)V
    .registers 3

    sget-object v0, Lcom/tencent/bugly/crashreport/CrashReport;->a:Landroid/content/Context;

    if-nez v0, :cond_0

    return-void

    :cond_0
    invoke-static {v0, p0}, Lcom/tencent/bugly/crashreport/crash/e;->a(Landroid/content/Context;Ljava/lang/Throwable;)V

    return-void
.end method

.method public static setUserId(Ljava/lang/String;)V
    .registers 1

    return-void
.end method
