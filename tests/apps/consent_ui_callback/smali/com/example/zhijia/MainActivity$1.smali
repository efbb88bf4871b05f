.class Lcom/example/zhijia/MainActivity$1;
.super Ljava/lang/Object;
.source "MainActivity.java"

# interfaces
.implements Landroid/view/View$OnClickListener;


# annotations
.annotation system Ldalvik/annotation/EnclosingMethod;
    value = Lcom/example/zhijia/MainActivity;->onCreate(Landroid/os/Bundle;)V
.end annotation

.annotation system Ldalvik/annotation/InnerClass;
    accessFlags = 0x0
    name = null
.end annotation


# instance fields
.field final synthetic this$0:Lcom/example/zhijia/MainActivity;


# direct methods
.method constructor <init>(Lcom/example/zhijia/MainActivity;)V
    .registers 2

    iput-object p1, p0, Lcom/example/zhijia/MainActivity$1;->this$0:Lcom/example/zhijia/MainActivity;

    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    return-void
.end method


# virtual methods
.method public onClick(Landroid/view/View;)V
    .registers 5

    new-instance v0, Landroid/content/Intent;

    iget-object v1, p0, Lcom/example/zhijia/MainActivity$1;->this$0:Lcom/example/zhijia/MainActivity;

    const-class v2, Lcom/example/zhijia/HelpActivity;

    invoke-direct {v0, v1, v2}, Landroid/content/Intent;-><init>(Landroid/content/Context;Ljava/lang/Class;)V

    iget-object v1, p0, Lcom/example/zhijia/MainActivity$1;->this$0:Lcom/example/zhijia/MainActivity;

    invoke-virtual {v1, v0}, Lcom/example/zhijia/MainActivity;->startActivity(Landroid/content/Intent;)V

    return-void
.end method
