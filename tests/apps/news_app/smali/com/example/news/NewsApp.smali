.class public Lcom/example/news/NewsApp;
.super Landroid/app/Application;
.source "NewsApp.java"


# static fields
.field private static final UMENG_APPKEY:Ljava/lang/String; = "5f3c2a9be71a4c0d8b6f1e27"

.field private static sInstance:Lcom/example/news/NewsApp;


# direct methods
.method public constructor <init>()V
    .registers 1

    invoke-direct {p0}, Landroid/app/Application;-><init>()V

    return-void
.end method

.method public static getInstance()Lcom/example/news/NewsApp;
    .registers 1

    sget-object v0, Lcom/example/news/NewsApp;->sInstance:Lcom/example/news/NewsApp;

    return-object v0
.end method


# virtual methods
.method public onCreate()V
    .registers 7

    invoke-super {p0}, Landroid/app/Application;->onCreate()V

    sput-object p0, Lcom/example/news/NewsApp;->sInstance:Lcom/example/news/NewsApp;

    const/4 v0, 0x0

    invoke-static {v0}, Lcom/umeng/commonsdk/UMConfigure;->setLogEnabled(Z)V

    const-string v2, "5f3c2a9be71a4c0d8b6f1e27"

    const-string v3, "huawei"

    const/4 v4, 0x1

    const/4 v5, 0x0

    move-object v1, p0

    invoke-static/range {v1 .. v5}, Lcom/umeng/commonsdk/UMConfigure;->init(Landroid/content/Context;Ljava/lang/String;Ljava/lang/String;ILjava/lang/String;)V

    const/4 v1, 0x1

    invoke-static {v1}, Lcom/umeng/analytics/MobclickAgent;->setCatchUncaughtExceptions(Z)V

    invoke-static {v0}, Lcn/jpush/android/api/JPushInterface;->setDebugMode(Z)V

    invoke-static {p0}, Lcn/jpush/android/api/JPushInterface;->init(Landroid/content/Context;)V

    invoke-static {p0}, Lcom/example/news/util/CacheHelper;->init(Landroid/content/Context;)V

    return-void
.end method
