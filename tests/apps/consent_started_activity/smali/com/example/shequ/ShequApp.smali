.class public Lcom/example/shequ/ShequApp;
.super Landroid/app/Application;
.source "ShequApp.java"


# static fields
.field private static sApp:Lcom/example/shequ/ShequApp;


# direct methods
.method public constructor <init>()V
    .registers 1

    invoke-direct {p0}, Landroid/app/Application;-><init>()V

    return-void
.end method

.method public static get()Lcom/example/shequ/ShequApp;
    .registers 1

    sget-object v0, Lcom/example/shequ/ShequApp;->sApp:Lcom/example/shequ/ShequApp;

    return-object v0
.end method


# virtual methods
.method public onCreate()V
    .registers 1

    invoke-super {p0}, Landroid/app/Application;->onCreate()V

    sput-object p0, Lcom/example/shequ/ShequApp;->sApp:Lcom/example/shequ/ShequApp;

    return-void
.end method
