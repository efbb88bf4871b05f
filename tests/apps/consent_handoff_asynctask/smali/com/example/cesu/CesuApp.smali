.class public Lcom/example/cesu/CesuApp;
.super Landroid/app/Application;
.source "CesuApp.java"


# static fields
.field private static sHistory:Lcom/example/cesu/SpeedHistory;


# direct methods
.method public constructor <init>()V
    .registers 1

    invoke-direct {p0}, Landroid/app/Application;-><init>()V

    return-void
.end method

.method public static history()Lcom/example/cesu/SpeedHistory;
    .registers 1

    sget-object v0, Lcom/example/cesu/CesuApp;->sHistory:Lcom/example/cesu/SpeedHistory;

    return-object v0
.end method


# virtual methods
.method public onCreate()V
    .registers 2

    invoke-super {p0}, Landroid/app/Application;->onCreate()V

    new-instance v0, Lcom/example/cesu/SpeedHistory;

    invoke-direct {v0, p0}, Lcom/example/cesu/SpeedHistory;-><init>(Landroid/content/Context;)V

    sput-object v0, Lcom/example/cesu/CesuApp;->sHistory:Lcom/example/cesu/SpeedHistory;

    return-void
.end method
