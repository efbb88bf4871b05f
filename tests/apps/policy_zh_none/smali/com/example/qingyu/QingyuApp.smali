.class public Lcom/example/qingyu/QingyuApp;
.super Landroid/app/Application;
.source "QingyuApp.java"


# direct methods
.method public constructor <init>()V
    .registers 1

    invoke-direct {p0}, Landroid/app/Application;-><init>()V

    return-void
.end method

.method public static startAnalytics(Landroid/content/Context;)V
    .registers 6

    const-string v1, "64f0c8d2b2f6fa00ba4e77a1"

    const-string v2, "oppo"

    const/4 v3, 0x1

    const/4 v4, 0x0

    invoke-static {p0, v1, v2, v3, v4}, Lcom/umeng/commonsdk/UMConfigure;->init(Landroid/content/Context;Ljava/lang/String;Ljava/lang/String;ILjava/lang/String;)V

    return-void
.end method


# virtual methods
.method public onCreate()V
    .registers 4

    invoke-super {p0}, Landroid/app/Application;->onCreate()V

    const-string v0, "64f0c8d2b2f6fa00ba4e77a1"

    const-string v1, "oppo"

    invoke-static {p0, v0, v1}, Lcom/umeng/commonsdk/UMConfigure;->preInit(Landroid/content/Context;Ljava/lang/String;Ljava/lang/String;)V

    const-string v0, "qingyu"

    const/4 v1, 0x0

    invoke-virtual {p0, v0, v1}, Lcom/example/qingyu/QingyuApp;->getSharedPreferences(Ljava/lang/String;I)Landroid/content/SharedPreferences;

    move-result-object v0

    const-string v2, "agreed"

    invoke-interface {v0, v2, v1}, Landroid/content/SharedPreferences;->getBoolean(Ljava/lang/String;Z)Z

    move-result v0

    if-eqz v0, :cond_0

    invoke-static {p0}, Lcom/example/qingyu/QingyuApp;->startAnalytics(Landroid/content/Context;)V

    :cond_0
    return-void
.end method
