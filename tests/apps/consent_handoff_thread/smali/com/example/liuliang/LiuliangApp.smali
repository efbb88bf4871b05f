.class public Lcom/example/liuliang/LiuliangApp;
.super Landroid/app/Application;
.source "LiuliangApp.java"


# static fields
.field private static sContext:Landroid/content/Context;


# direct methods
.method public constructor <init>()V
    .registers 1

    invoke-direct {p0}, Landroid/app/Application;-><init>()V

    return-void
.end method

.method public static context()Landroid/content/Context;
    .registers 1

    sget-object v0, Lcom/example/liuliang/LiuliangApp;->sContext:Landroid/content/Context;

    return-object v0
.end method


# virtual methods
.method public onCreate()V
    .registers 2

    invoke-super {p0}, Landroid/app/Application;->onCreate()V

    invoke-virtual {p0}, Lcom/example/liuliang/LiuliangApp;->getApplicationContext()Landroid/content/Context;

    move-result-object v0

    sput-object v0, Lcom/example/liuliang/LiuliangApp;->sContext:Landroid/content/Context;

    invoke-static {v0}, Lcom/example/liuliang/data/UsageStore;->init(Landroid/content/Context;)V

    return-void
.end method
